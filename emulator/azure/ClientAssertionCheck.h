#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// Why Entra ID refuses a client assertion.
struct AssertionProblem
{
    int aadstsCode = 0;
    QString message; // without the AADSTS prefix
};

// Checks a client assertion as Entra ID does for certificate sign-in: a JWT signed RS256 by the
// key of the registered certificate (found by its x5t SHA-1 thumbprint), for `audience` (the
// token endpoint), issued by and about `clientId`, and inside its validity window at `nowSecs`.
std::optional<AssertionProblem> checkClientAssertion(const QByteArray &assertion,
                                                     const QByteArray &certificatePem,
                                                     const QString &clientId,
                                                     const QString &audience, qint64 nowSecs);

} // namespace brickdesk::emulator
