#include "HostUrl.h"

#include <QHostAddress>
#include <QUrl>

namespace brickdesk {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

namespace {

HostUrlResult failure(const QString &message)
{
    return HostUrlResult{QString(), message};
}

} // namespace

HostUrlResult normaliseHostUrl(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return failure(QStringLiteral("the host is empty"));
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return failure(QStringLiteral("'%1' is not a valid URL").arg(input.trimmed()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QStringLiteral("https") && scheme != QStringLiteral("http"))
        return failure(
            QStringLiteral("'%1' uses the scheme '%2'; a workspace is reached over https")
                .arg(input.trimmed(), url.scheme()));
    if (url.host().isEmpty())
        return failure(QStringLiteral("'%1' has no host name").arg(input.trimmed()));
    if (!url.userInfo().isEmpty())
        return failure(QStringLiteral("the host must not contain a user name or password"));
    if (scheme == QStringLiteral("http") && !isLoopbackHost(url.host()))
        return failure(QStringLiteral("'%1' uses plain http; a workspace is reached over https")
                           .arg(input.trimmed()));
    QString normalised = scheme + QStringLiteral("://") + url.host(QUrl::FullyEncoded).toLower();
    if (url.port() > 0)
        normalised += QLatin1Char(':') + QString::number(url.port());
    return HostUrlResult{normalised, QString()};
}

} // namespace brickdesk
