#include "ClientAssertion.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QUuid>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace brickdesk {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct DigestFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

std::unique_ptr<EVP_PKEY, KeyFree> readPrivateKey(const QByteArray &pem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return nullptr;
    // No passphrase callback: an encrypted key fails here with a clear message upstream.
    return std::unique_ptr<EVP_PKEY, KeyFree>(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

} // namespace

std::optional<ClientCertificate> loadClientCertificate(const QString &pemPath, QString *error)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("cannot read the certificate %1: %2").arg(pemPath, file.errorString());
        return std::nullopt;
    }
    const QByteArray pem = file.readAll();
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(pemPath);
        return std::nullopt;
    }
    const qsizetype keyStart = pem.indexOf("-----BEGIN");
    if (!pem.contains("PRIVATE KEY-----") || keyStart < 0 || !readPrivateKey(pem)) {
        *error = QStringLiteral(
                     "%1 holds no unencrypted PEM private key (the file needs the certificate "
                     "and its key)")
                     .arg(pemPath);
        return std::nullopt;
    }
    ClientCertificate certificate;
    certificate.certificateDer = certificates.first().toDer();
    certificate.sha1Thumbprint =
        QCryptographicHash::hash(certificate.certificateDer, QCryptographicHash::Sha1);
    certificate.privateKeyPem = pem;
    return certificate;
}

QByteArray makeClientAssertion(const ClientCertificate &certificate, const QString &clientId,
                               const QString &audience, const QDateTime &now, QString *error)
{
    const QJsonObject header{
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("x5t"), QString::fromLatin1(base64Url(certificate.sha1Thumbprint))}};
    const qint64 issued = now.toSecsSinceEpoch();
    const QJsonObject claims{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), clientId},
        {QStringLiteral("sub"), clientId},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("iat"), issued},
        {QStringLiteral("nbf"), issued},
        {QStringLiteral("exp"), issued + 600}};
    const QByteArray signingInput =
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    const auto key = readPrivateKey(certificate.privateKeyPem);
    std::unique_ptr<EVP_MD_CTX, DigestFree> context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!key || !context ||
        EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) != 1) {
        *error = QStringLiteral("the certificate's private key cannot sign (RS256)");
        return {};
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) != 1) {
        *error = QStringLiteral("signing the client assertion failed");
        return {};
    }
    signature.resize(qsizetype(length));
    return signingInput + '.' + base64Url(signature);
}

} // namespace brickdesk
