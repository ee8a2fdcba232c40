#pragma once

#include "DeviceCodeCredential.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace brickdesk {

// Signs the user in to Microsoft Entra ID with a device code: shows the code (selectable, with
// a copy button) and the page to enter it on, waits while the credential polls, and closes by
// itself once the sign-in worked. Cancel stops the sign-in; the requests waiting for it fail.
class DeviceCodeDialog : public QDialog
{
    Q_OBJECT

public:
    DeviceCodeDialog(DeviceCodeCredential *credential, const QString &reason,
                     QWidget *parent = nullptr);

    DeviceCodeCredential *credential() const { return m_credential; }
    QString userCode() const;
    QUrl verificationUri() const { return m_uri; }
    QLineEdit *codeField() const { return m_code; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *openButton() const { return m_open; }
    QLabel *stateLabel() const { return m_state; }

protected:
    void reject() override;

private:
    void onCodeReady(const DeviceCodePrompt &prompt);
    void onFinished(bool ok, const QString &error);
    void start();

    QPointer<DeviceCodeCredential> m_credential;
    QLabel *m_reason;
    QLabel *m_instructions;
    QLineEdit *m_code;
    QPushButton *m_copy;
    QPushButton *m_open;
    QLabel *m_state;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QUrl m_uri;
    bool m_finished = false;
};

} // namespace brickdesk
