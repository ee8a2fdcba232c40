#include "ProfileDialog.h"

#include "ConnectionTester.h"
#include "Profile.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace brickdesk {

ProfileDialog::ProfileDialog(QNetworkAccessManager *network, const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_authType(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_colourButton(new QPushButton(this))
    , m_caBundle(new QLineEdit(this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_tester(new ConnectionTester(network, nullptr, this))
{
    setWindowTitle(tr("Add workspace profile"));
    setMinimumWidth(520);
    m_name->setPlaceholderText(tr("e.g. acme-dev"));
    m_host->setPlaceholderText(tr("https://adb-1234567890123456.7.azuredatabricks.net"));
    m_authType->addItem(tr("Personal access token"), QStringLiteral("pat"));
    m_authType->addItem(tr("Detect from the profile's keys (as the CLI does)"), QString());
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Stored in the system keychain, never in a file"));
    m_token->setClearButtonEnabled(true);
    for (EnvironmentTag tag : {EnvironmentTag::Dev, EnvironmentTag::Staging, EnvironmentTag::Prod, EnvironmentTag::Other})
        m_environment->addItem(environmentTagLabel(tag), static_cast<int>(tag));
    m_environment->setCurrentIndex(3);
    m_caBundle->setPlaceholderText(tr("Optional: extra trusted CA certificates (PEM)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA bundle"), QString(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_caBundle->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(browse);

    m_colour = defaultEnvironmentColour(EnvironmentTag::Other);
    connect(m_colourButton, &QPushButton::clicked, this, &ProfileDialog::pickColour);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        m_colour = defaultEnvironmentColour(static_cast<EnvironmentTag>(m_environment->currentData().toInt()));
        validate();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Authentication:"), m_authType);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Colour:"), m_colourButton);
    form->addRow(tr("CA &bundle:"), caRow);

    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);

    connect(m_test, &QPushButton::clicked, this, [this] {
        showResult(tr("Testing…"), true);
        m_test->setEnabled(false);
        m_tester->test(m_host->text(), m_token->text(), m_caBundle->text().trimmed());
    });
    connect(m_tester, &ConnectionTester::succeeded, this, [this](const QString &user) {
        m_test->setEnabled(true);
        showResult(tr("Connected as %1.").arg(user.isEmpty() ? tr("(unknown user)") : user), true);
    });
    connect(m_tester, &ConnectionTester::failed, this, [this](const QString &message) {
        m_test->setEnabled(true);
        showResult(message, false);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString problem = validateProfileEdit(edit(), m_existingNames);
        if (!problem.isEmpty()) {
            showResult(problem, false);
            return;
        }
        Q_EMIT saveRequested(edit());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_host, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    validate();
}

void ProfileDialog::setProfile(const Profile &profile, const QString &caBundlePath)
{
    setWindowTitle(tr("Edit profile %1").arg(profile.name));
    m_originalName = profile.name;
    m_name->setText(profile.name);
    m_host->setText(profile.host.isEmpty() ? profile.attribute(QStringLiteral("host")) : profile.host);
    // An auth type written in the file is kept as it is unless the user picks another one.
    const QString written = profile.attribute(QStringLiteral("auth_type")).trimmed();
    if (!written.isEmpty() && written != QStringLiteral("pat")) {
        m_authType->addItem(tr("%1 (as written in the file)").arg(written), written);
        m_authType->setCurrentIndex(m_authType->count() - 1);
    } else {
        const bool pat = written == QStringLiteral("pat") || profile.authType == QStringLiteral("pat") ||
                         profile.authType.isEmpty();
        m_authType->setCurrentIndex(pat ? 0 : 1);
    }
    m_token->setPlaceholderText(profile.tokenSource == TokenSource::None
                                    ? tr("Stored in the system keychain, never in a file")
                                    : tr("Leave empty to keep the current token (%1)").arg(tokenSourceId(profile.tokenSource)));
    m_environment->setCurrentIndex(m_environment->findData(static_cast<int>(profile.environment)));
    m_colour = profile.colour;
    m_caBundle->setText(caBundlePath);
    validate();
}

ProfileEdit ProfileDialog::edit() const
{
    ProfileEdit edit;
    edit.originalName = m_originalName;
    edit.name = m_name->text().trimmed();
    edit.host = m_host->text().trimmed();
    edit.authType = m_authType->currentData().toString();
    edit.token = m_token->text().trimmed();
    edit.environment = static_cast<EnvironmentTag>(m_environment->currentData().toInt());
    edit.colour = m_colour;
    edit.caBundlePath = m_caBundle->text().trimmed();
    return edit;
}

void ProfileDialog::showSaveError(const QString &message)
{
    showResult(tr("Not saved: %1").arg(message), false);
}

void ProfileDialog::validate()
{
    const bool prod = static_cast<EnvironmentTag>(m_environment->currentData().toInt()) == EnvironmentTag::Prod;
    if (prod)
        m_colour = defaultEnvironmentColour(EnvironmentTag::Prod); // prod is always red
    m_colourButton->setEnabled(!prod);
    m_colourButton->setText(prod ? tr("Red (production)") : m_colour);
    m_colourButton->setStyleSheet(QStringLiteral("background-color: %1; color: white;").arg(m_colour));
    const bool complete = !m_name->text().trimmed().isEmpty() && !m_host->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(complete);
    m_test->setEnabled(!m_host->text().trimmed().isEmpty());
}

void ProfileDialog::pickColour()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_colour), this, tr("Profile colour"));
    if (chosen.isValid()) {
        m_colour = chosen.name();
        validate();
    }
}

void ProfileDialog::showResult(const QString &text, bool good)
{
    m_result->setText(text);
    m_result->setStyleSheet(good ? QString() : QStringLiteral("color: #c62828;"));
}

} // namespace brickdesk
