#include "ClientAssertionCheck.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace brickdesk::emulator {

namespace {

struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct DigestFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};

QByteArray fromBase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text,
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

AssertionProblem problem(int code, const QString &message)
{
    return {code, message};
}

} // namespace

std::optional<AssertionProblem> checkClientAssertion(const QByteArray &assertion,
                                                     const QByteArray &certificatePem,
                                                     const QString &clientId,
                                                     const QString &audience, qint64 nowSecs)
{
    const QList<QByteArray> parts = assertion.split('.');
    if (parts.size() != 3)
        return problem(50027, QStringLiteral("JWT token is invalid or malformed."));
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts[0])).object();
    const QJsonObject claims = QJsonDocument::fromJson(fromBase64Url(parts[1])).object();
    if (header.isEmpty() || claims.isEmpty())
        return problem(50027, QStringLiteral("JWT token is invalid or malformed."));
    if (header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return problem(
            5002738, QStringLiteral("Invalid JWT token. The signing algorithm is not supported."));

    std::unique_ptr<BIO, BioFree> bio(
        BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    std::unique_ptr<X509, X509Free> certificate(
        bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!certificate)
        return problem(700027, QStringLiteral("No certificate is registered on the application."));
    int derLength = i2d_X509(certificate.get(), nullptr);
    QByteArray der(derLength, Qt::Uninitialized);
    unsigned char *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate.get(), &cursor);
    const QByteArray thumbprint = QCryptographicHash::hash(der, QCryptographicHash::Sha1);
    if (fromBase64Url(header.value(QStringLiteral("x5t")).toString().toLatin1()) != thumbprint)
        return problem(700027,
                       QStringLiteral("The certificate with identifier used to sign the client "
                                      "assertion is not registered on application."));

    std::unique_ptr<EVP_PKEY, KeyFree> key(X509_get_pubkey(certificate.get()));
    std::unique_ptr<EVP_MD_CTX, DigestFree> context(EVP_MD_CTX_new());
    const QByteArray signedPart = parts[0] + '.' + parts[1];
    const QByteArray signature = fromBase64Url(parts[2]);
    if (!key || !context ||
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestVerify(context.get(),
                         reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(signedPart.constData()),
                         size_t(signedPart.size())) != 1)
        return problem(700027, QStringLiteral("Client assertion failed signature validation."));

    if (claims.value(QStringLiteral("aud")).toString() != audience)
        return problem(700212,
                       QStringLiteral("No matching federated identity record found for presented "
                                      "assertion audience '%1'.")
                           .arg(claims.value(QStringLiteral("aud")).toString().left(200)));
    if (claims.value(QStringLiteral("iss")).toString() != clientId ||
        claims.value(QStringLiteral("sub")).toString() != clientId)
        return problem(700021,
                       QStringLiteral("Client assertion application identifier doesn't match "
                                      "'client_id' parameter."));
    const qint64 expires = claims.value(QStringLiteral("exp")).toInteger();
    const qint64 notBefore = claims.value(QStringLiteral("nbf")).toInteger();
    if (expires <= nowSecs || notBefore > nowSecs + 300)
        return problem(700024,
                       QStringLiteral("Client assertion is not within its valid time range."));
    return std::nullopt;
}

} // namespace brickdesk::emulator
