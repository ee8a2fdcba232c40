#include "ConflictDialog.h"

#include "DbfsPath.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace brickdesk {

ConflictDialog::ConflictDialog(int transferId, const QString &existingPath,
                               TransferDirection direction, QWidget *parent)
    : QDialog(parent)
    , m_transferId(transferId)
    , m_applyToAll(new QCheckBox(tr("Apply to all conflicts of these transfers"), this))
{
    setWindowTitle(tr("File already exists"));
    const QString shown =
        direction == TransferDirection::Upload ? dbfspath::toUri(existingPath) : existingPath;
    auto *question = new QLabel(
        tr("<b>%1</b> already exists.<br>What should be done with it?").arg(shown.toHtmlEscaped()),
        this);
    question->setWordWrap(true);
    question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    m_overwrite = buttons->addButton(tr("Overwrite"), QDialogButtonBox::AcceptRole);
    m_skip = buttons->addButton(tr("Skip"), QDialogButtonBox::RejectRole);
    m_keepBoth = buttons->addButton(tr("Keep both"), QDialogButtonBox::ActionRole);
    m_keepBoth->setToolTip(
        tr("Save as %1").arg(dbfspath::numberedName(dbfspath::nameOf(existingPath), 1)));
    // Nothing is lost by default.
    m_keepBoth->setDefault(true);
    connect(m_overwrite, &QPushButton::clicked, this,
            [this] { choose(ConflictChoice::Overwrite); });
    connect(m_skip, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Skip); });
    connect(m_keepBoth, &QPushButton::clicked, this, [this] { choose(ConflictChoice::KeepBoth); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_applyToAll);
    layout->addWidget(buttons);
}

QPushButton *ConflictDialog::buttonFor(ConflictChoice choice) const
{
    switch (choice) {
    case ConflictChoice::Overwrite:
        return m_overwrite;
    case ConflictChoice::Skip:
        return m_skip;
    case ConflictChoice::KeepBoth:
        return m_keepBoth;
    case ConflictChoice::Ask:
        break;
    }
    return nullptr;
}

void ConflictDialog::choose(ConflictChoice choice)
{
    if (m_answered)
        return;
    m_answered = true;
    Q_EMIT chosen(m_transferId, choice, m_applyToAll->isChecked());
    accept();
}

void ConflictDialog::reject()
{
    if (!m_answered) {
        m_answered = true;
        Q_EMIT chosen(m_transferId, ConflictChoice::Skip, false);
    }
    QDialog::reject();
}

} // namespace brickdesk
