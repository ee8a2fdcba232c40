#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace brickdesk {

// An application's certificate and private key for Microsoft Entra ID certificate sign-in, read
// from one PEM file holding both (as `az ad sp create-for-rbac --create-cert` writes it).
struct ClientCertificate
{
    QByteArray certificateDer;
    QByteArray sha1Thumbprint; // raw bytes; Entra finds the registered certificate by it
    QByteArray privateKeyPem;  // in memory only; never print it
};

std::optional<ClientCertificate> loadClientCertificate(const QString &pemPath, QString *error);

// The signed JWT (RS256) sent as client_assertion: aud = the token endpoint, iss = sub = the
// client id, valid for ten minutes from `now`. Empty with `error` set when signing fails.
QByteArray makeClientAssertion(const ClientCertificate &certificate, const QString &clientId,
                               const QString &audience, const QDateTime &now, QString *error);

inline constexpr char kClientAssertionType[] =
    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

} // namespace brickdesk
