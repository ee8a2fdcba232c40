#pragma once

#include <QHash>
#include <QString>
#include <functional>

namespace brickdesk::emulator {

// Device-code sign-ins in progress. Nobody opens the verification page: the emulator's user
// "approves" a code once the client has polled it a configured number of times. Test hooks make
// the next poll find its code declined or expired instead; a code also expires after 900 real
// seconds.
class EntraDeviceCodes
{
public:
    using Clock = std::function<qint64()>; // epoch milliseconds, real time

    static constexpr int kLifetimeSeconds = 900;

    explicit EntraDeviceCodes(Clock clock = {});

    void setPollsBeforeApproval(int polls) { m_pollsBeforeApproval = qMax(0, polls); }
    void declineNext() { m_declineNext = true; }
    void expireNext() { m_expireNext = true; }

    struct Started
    {
        QString deviceCode; // the client's secret for polling
        QString userCode;   // what the user would type, "ABCD-EFGH"
    };
    Started start(const QString &clientId, const QString &scope);

    enum class Outcome
    {
        Unknown,     // never issued, or for another client
        Pending,     // the user has not signed in yet
        Approved,    // the code is redeemed by this poll
        Declined,    // the user said no
        Expired,     // too late
        AlreadyUsed, // redeemed by an earlier poll
    };
    struct PollResult
    {
        Outcome outcome = Outcome::Unknown;
        QString scope; // as asked for at the start
    };
    PollResult poll(const QString &deviceCode, const QString &clientId);

private:
    enum class State
    {
        Waiting,
        Declined,
        Expired,
        Redeemed
    };
    struct Session
    {
        QString clientId;
        QString scope;
        qint64 expiresAtMs = 0;
        int polls = 0;
        State state = State::Waiting;
    };

    Clock m_clock;
    int m_pollsBeforeApproval = 2;
    bool m_declineNext = false;
    bool m_expireNext = false;
    QHash<QString, Session> m_sessions; // by device code
};

} // namespace brickdesk::emulator
