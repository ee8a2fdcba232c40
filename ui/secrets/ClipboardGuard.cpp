#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>

namespace brickdesk {

namespace {

QByteArray fingerprintOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultClearMs);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    // A value must not outlive the page that copied it by more than the promised time.
    if (m_timer.isActive())
        clearNow();
}

void ClipboardGuard::copy(const QString &value)
{
    QGuiApplication::clipboard()->setText(value);
    m_fingerprint = fingerprintOf(value);
    m_timer.start();
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    if (m_fingerprint.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool ours = fingerprintOf(clipboard->text()) == m_fingerprint;
    if (ours)
        clipboard->clear();
    m_fingerprint.clear();
    if (ours) // the user's own later copy stays, and nobody is told it went
        Q_EMIT cleared();
}

} // namespace brickdesk
