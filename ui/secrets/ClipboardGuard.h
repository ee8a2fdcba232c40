#pragma once

#include <QObject>
#include <QTimer>

namespace brickdesk {

// Puts a secret value on the clipboard and takes it off again after a while (30 s by default),
// but only if the clipboard still holds that value: whatever the user copied since stays.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultClearMs = 30000;

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    void copy(const QString &value);
    void setClearIntervalMs(int ms) { m_timer.setInterval(ms); } // tests use a short one
    int clearIntervalMs() const { return m_timer.interval(); }
    bool isArmed() const { return m_timer.isActive(); }
    // Clears now (if the clipboard still holds the value), e.g. when the app quits.
    void clearNow();

Q_SIGNALS:
    void cleared();

private:
    QTimer m_timer;
    QByteArray m_fingerprint; // a hash of what was copied; the value itself is not kept
};

} // namespace brickdesk
