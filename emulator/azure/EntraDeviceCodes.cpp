#include "EntraDeviceCodes.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace brickdesk::emulator {

namespace {

QString randomText(int length, QLatin1String alphabet)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i) {
        const auto index = static_cast<qsizetype>(
            QRandomGenerator::system()->bounded(static_cast<quint32>(alphabet.size())));
        text.append(QLatin1Char(alphabet.at(index)));
    }
    return text;
}

} // namespace

EntraDeviceCodes::EntraDeviceCodes(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

EntraDeviceCodes::Started EntraDeviceCodes::start(const QString &clientId, const QString &scope)
{
    const qint64 nowMs = m_clock();
    // Sessions long past their end would only answer "expired"; they go.
    m_sessions.removeIf([nowMs](const QHash<QString, Session>::iterator session) {
        return session->expiresAtMs + kLifetimeSeconds * 1000LL < nowMs;
    });
    // Letters only, without the ones that read like digits, as Entra's own user codes.
    const QLatin1String userAlphabet("ABCDEFGHJKLMNPQRSTUVWXYZ");
    const QLatin1String deviceAlphabet(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    Started started;
    started.userCode = randomText(4, userAlphabet) + QLatin1Char('-') + randomText(4, userAlphabet);
    started.deviceCode = QStringLiteral("DAQABIQEAAAB") + randomText(120, deviceAlphabet);
    Session session;
    session.clientId = clientId;
    session.scope = scope;
    session.expiresAtMs = nowMs + kLifetimeSeconds * 1000LL;
    m_sessions.insert(started.deviceCode, session);
    return started;
}

EntraDeviceCodes::PollResult EntraDeviceCodes::poll(const QString &deviceCode,
                                                    const QString &clientId)
{
    PollResult result;
    const auto it = m_sessions.find(deviceCode);
    if (it == m_sessions.end() || it->clientId != clientId)
        return result;
    Session &session = *it;
    result.scope = session.scope;
    if (session.state == State::Waiting) {
        if (m_declineNext) {
            m_declineNext = false;
            session.state = State::Declined;
        } else if (m_expireNext) {
            m_expireNext = false;
            session.state = State::Expired;
        } else if (m_clock() >= session.expiresAtMs) {
            session.state = State::Expired;
        } else if (++session.polls > m_pollsBeforeApproval) {
            session.state = State::Redeemed;
            result.outcome = Outcome::Approved;
            return result;
        } else {
            result.outcome = Outcome::Pending;
            return result;
        }
    }
    switch (session.state) {
    case State::Declined:
        result.outcome = Outcome::Declined;
        break;
    case State::Expired:
        result.outcome = Outcome::Expired;
        break;
    case State::Redeemed:
        result.outcome = Outcome::AlreadyUsed;
        break;
    case State::Waiting:
        break;
    }
    return result;
}

} // namespace brickdesk::emulator
