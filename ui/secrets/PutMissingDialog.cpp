#include "PutMissingDialog.h"

#include "KeyVaultSecretModel.h"
#include "SecretRules.h"
#include "SecretValueEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

enum StepColumn
{
    ProfileColumn,
    ScopeColumn,
    KeyColumn,
    WhereColumn,
    NoteColumn
};

QString whereText(const SecretFillStep &step)
{
    if (step.toKeyVault)
        return PutMissingDialog::tr("Key Vault %1 → secret %2")
            .arg(step.vaultUrl, step.keyVaultName);
    if (step.createsScope)
        return PutMissingDialog::tr("new Databricks-backed scope, then the secret");
    return PutMissingDialog::tr("Databricks secret");
}

} // namespace

PutMissingDialog::PutMissingDialog(const QList<SecretFillStep> &steps, QWidget *parent)
    : QDialog(parent)
    , m_steps(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_typed(new QRadioButton(tr("&Type the value"), this))
    , m_fromVault(new QRadioButton(tr("Read it from an Azure &Key Vault secret"), this))
    , m_editor(new SecretValueEditor(this))
    , m_vaultFields(new QWidget(this))
    , m_vaults(new QComboBox(m_vaultFields))
    , m_vaultSecrets(new QComboBox(m_vaultFields))
    , m_vaultStatus(new QLabel(m_vaultFields))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Put missing secrets"));
    m_steps->setRootIsDecorated(false);
    m_steps->setMinimumHeight(140);
    m_steps->setWordWrap(false);
    m_steps->setHeaderLabels({tr("Profile"), tr("Scope"), tr("Key"), tr("Goes to"), tr("Note")});
    m_steps->setAccessibleName(tr("Where the value goes"));
    bool anyKeyVault = false;
    int prodCount = 0;
    for (const SecretFillStep &step : steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(ProfileColumn,
                      step.isProd ? tr("%1 (PROD)").arg(step.target.profile) : step.target.profile);
        item->setText(ScopeColumn, step.target.scope);
        item->setText(KeyColumn, step.target.key);
        item->setText(WhereColumn, whereText(step));
        item->setToolTip(WhereColumn, item->text(WhereColumn));
        if (step.isProd)
            item->setForeground(ProfileColumn, QColor(0xc6, 0x28, 0x28));
        if (!step.problem.isEmpty()) {
            item->setText(NoteColumn, tr("skipped: %1").arg(step.problem));
            for (int column = 0; column <= NoteColumn; ++column)
                item->setForeground(column, QColor(0x9e, 0x9e, 0x9e));
            continue;
        }
        ++m_fillable;
        anyKeyVault = anyKeyVault || step.toKeyVault;
        prodCount += step.isProd ? 1 : 0;
        if (step.toKeyVault)
            item->setText(NoteColumn, tr("the scope is read-only in Databricks; the vault is "
                                         "written, as %1 signs in to Azure")
                                          .arg(step.target.profile));
    }
    for (int column = 0; column < NoteColumn; ++column)
        m_steps->resizeColumnToContents(column);
    const int skipped = static_cast<int>(steps.size()) - m_fillable;
    QString summary = m_fillable == 1 ? tr("The value goes to 1 place.")
                                      : tr("The value goes to %1 places.").arg(m_fillable);
    if (prodCount > 0)
        summary += QLatin1Char(' ') + tr("%1 of them on production: you will be asked to type "
                                         "the profile name.")
                                          .arg(prodCount);
    if (skipped > 0)
        summary += QLatin1Char(' ') + tr("%1 skipped (see Note).").arg(skipped);
    m_summary->setText(summary);
    m_summary->setWordWrap(true);

    // Key Vault holds text up to 25 KB, so a value for a vault-backed scope must fit that too.
    m_editor->setValueRule(
        [anyKeyVault](const QByteArray &value) {
            QString problem = secretRules::checkValue(value);
            if (problem.isEmpty() && anyKeyVault)
                problem = secretRules::checkKeyVaultText(value);
            return problem;
        },
        anyKeyVault ? secretRules::kMaxKeyVaultValueBytes : secretRules::kMaxValueBytes);
    m_editor->setFileAllowed(!anyKeyVault);

    m_vaults->setAccessibleName(tr("Key Vault"));
    m_vaultSecrets->setAccessibleName(tr("Key Vault secret"));
    m_vaultStatus->setWordWrap(true);
    m_vaultStatus->setTextFormat(Qt::PlainText);
    auto *vaultForm = new QFormLayout(m_vaultFields);
    vaultForm->setContentsMargins(24, 0, 0, 0);
    vaultForm->addRow(tr("&Vault:"), m_vaults);
    vaultForm->addRow(tr("&Secret:"), m_vaultSecrets);
    vaultForm->addRow(m_vaultStatus);
    m_vaultFields->setEnabled(false);
    m_fromVault->setEnabled(false);
    m_typed->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_typed);
    layout->addWidget(m_editor);
    layout->addWidget(m_fromVault);
    layout->addWidget(m_vaultFields);
    layout->addWidget(m_buttons);
    resize(860, 520);

    okButton()->setText(m_fillable == 1 ? tr("Put into 1 place")
                                        : tr("Put into %1 places").arg(m_fillable));
    connect(m_typed, &QRadioButton::toggled, this, [this](bool typed) {
        m_editor->setEnabled(typed);
        m_vaultFields->setEnabled(!typed);
        if (!typed && m_vaults->currentIndex() >= 0)
            Q_EMIT vaultChosen(m_vaults->currentText());
        validate();
    });
    connect(m_vaults, &QComboBox::currentIndexChanged, this, [this] {
        if (m_fromVault->isChecked())
            Q_EMIT vaultChosen(m_vaults->currentText());
        validate();
    });
    connect(m_vaultSecrets, &QComboBox::currentIndexChanged, this, &PutMissingDialog::validate);
    connect(m_editor, &SecretValueEditor::changed, this, &PutMissingDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (okButton()->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QPushButton *PutMissingDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void PutMissingDialog::setVaultSource(const QStringList &vaultUrls, KeyVaultSecretModel *secrets)
{
    m_vaultSecrets->setModel(secrets);
    m_vaultSecrets->setModelColumn(KeyVaultSecretModel::Name);
    connect(secrets, &QAbstractItemModel::rowsInserted, this, &PutMissingDialog::validate);
    connect(secrets, &QAbstractItemModel::rowsRemoved, this, &PutMissingDialog::validate);
    {
        const QSignalBlocker blocker(m_vaults);
        m_vaults->clear();
        m_vaults->addItems(vaultUrls);
    }
    m_fromVault->setEnabled(!vaultUrls.isEmpty());
    m_fromVault->setToolTip(vaultUrls.isEmpty()
                                ? tr("This profile has no Key Vault yet: add one in the Key Vault "
                                     "tab.")
                                : QString());
    validate();
}

void PutMissingDialog::setVaultStatus(const QString &text, bool isError)
{
    m_vaultStatus->setText(text);
    m_vaultStatus->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
}

PutMissingDialog::Source PutMissingDialog::source() const
{
    return m_fromVault->isChecked() ? Source::KeyVault : Source::Typed;
}

QByteArray PutMissingDialog::typedValue() const
{
    return m_editor->value();
}

QString PutMissingDialog::vaultUrl() const
{
    return m_vaults->currentText();
}

QString PutMissingDialog::vaultSecretName() const
{
    return m_vaultSecrets->currentIndex() >= 0 ? m_vaultSecrets->currentText() : QString();
}

void PutMissingDialog::validate()
{
    bool ok = m_fillable > 0;
    if (source() == Source::Typed)
        ok = ok && m_editor->problem().isEmpty();
    else
        ok = ok && !vaultSecretName().isEmpty();
    okButton()->setEnabled(ok);
}

} // namespace brickdesk
