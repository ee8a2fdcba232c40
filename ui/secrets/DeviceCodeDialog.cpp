#include "DeviceCodeDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace brickdesk {

DeviceCodeDialog::DeviceCodeDialog(DeviceCodeCredential *credential, const QString &reason,
                                   QWidget *parent)
    : QDialog(parent)
    , m_credential(credential)
    , m_reason(new QLabel(reason, this))
    , m_instructions(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy code"), this))
    , m_open(new QPushButton(tr("&Open sign-in page"), this))
    , m_state(new QLabel(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Sign in to Azure"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::PlainText);
    m_code->setReadOnly(true);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setAccessibleName(tr("Sign-in code"));
    QFont big = m_code->font();
    big.setFamily(QStringLiteral("monospace"));
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setMinimumWidth(260);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    m_retry->hide();
    auto *account = new QLabel(credential ? credential->description() : QString(), this);
    account->setStyleSheet(QStringLiteral("color: #616161;"));
    account->setWordWrap(true);

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_copy);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(account);
    layout->addWidget(m_instructions);
    layout->addLayout(codeRow);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    resize(520, 260);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_code->text()); });
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_uri); });
    connect(m_retry, &QPushButton::clicked, this, &DeviceCodeDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &DeviceCodeDialog::reject);
    if (credential) {
        connect(credential, &DeviceCodeCredential::deviceCodeReady, this,
                &DeviceCodeDialog::onCodeReady);
        connect(credential, &DeviceCodeCredential::signInFinished, this,
                &DeviceCodeDialog::onFinished);
        connect(credential, &QObject::destroyed, this, &QDialog::reject);
    }
    start();
}

QString DeviceCodeDialog::userCode() const
{
    return m_code->text();
}

void DeviceCodeDialog::start()
{
    m_finished = false;
    m_retry->hide();
    m_code->clear();
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    m_instructions->setText(tr("Asking Microsoft Entra ID for a sign-in code…"));
    m_state->setStyleSheet(QString());
    m_state->clear();
    if (!m_credential)
        return;
    m_credential->startSignIn();
}

void DeviceCodeDialog::onCodeReady(const DeviceCodePrompt &prompt)
{
    m_uri = prompt.verificationUri;
    m_code->setText(prompt.userCode);
    m_code->selectAll();
    m_copy->setEnabled(true);
    m_open->setEnabled(m_uri.isValid());
    m_instructions->setText(
        tr("Open %1 in a browser and enter this code:").arg(m_uri.toDisplayString()));
    m_state->setText(
        prompt.expiresAt.isValid()
            ? tr("Waiting for you to sign in… The code works until %1.")
                  .arg(prompt.expiresAt.toLocalTime().toString(QStringLiteral("HH:mm")))
            : tr("Waiting for you to sign in…"));
    if (!prompt.message.isEmpty())
        m_state->setToolTip(prompt.message);
}

void DeviceCodeDialog::onFinished(bool ok, const QString &error)
{
    m_finished = true;
    if (ok) {
        accept();
        return;
    }
    m_state->setText(error);
    m_state->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_retry->show();
    m_cancel->setText(tr("Close"));
}

void DeviceCodeDialog::reject()
{
    // Closing the window while it waits is a cancel, so the waiting requests hear about it.
    if (!m_finished && m_credential)
        m_credential->cancelSignIn();
    QDialog::reject();
}

} // namespace brickdesk
