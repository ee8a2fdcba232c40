#pragma once

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QString>

// The keychain tests talk to a real Secret Service. Without one they must fail loudly, never
// skip: this returns the reason to fail with, or an empty string when the service is there.
inline QString missingSecretServiceReason()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("No D-Bus session bus: run the tests through scripts/test, which starts "
                              "dbus-run-session and gnome-keyring-daemon.");
    const QString service = QStringLiteral("org.freedesktop.secrets");
    if (!bus.interface()->isServiceRegistered(service).value()) {
        // D-Bus activation may still start it.
        bus.interface()->startService(service);
        if (!bus.interface()->isServiceRegistered(service).value())
            return QStringLiteral("No Secret Service (org.freedesktop.secrets) on the session bus: run the "
                                  "tests through scripts/test, which starts gnome-keyring-daemon.");
    }
    return {};
}
