#pragma once

#include "Transfer.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace brickdesk {

// "/x/report.csv already exists": Overwrite, Skip or Keep both, for this file or all of them.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(int transferId, const QString &existingPath, TransferDirection direction,
                   QWidget *parent = nullptr);

    int transferId() const { return m_transferId; }
    QCheckBox *applyToAllBox() const { return m_applyToAll; }
    QPushButton *buttonFor(ConflictChoice choice) const;
    // Answers as a click on the button would.
    void choose(ConflictChoice choice);
    void reject() override; // closing the dialog skips this file: it never waits unanswered

Q_SIGNALS:
    void chosen(int transferId, brickdesk::ConflictChoice choice, bool applyToAll);

private:
    int m_transferId;
    QCheckBox *m_applyToAll;
    QPushButton *m_overwrite;
    QPushButton *m_skip;
    QPushButton *m_keepBoth;
    bool m_answered = false;
};

} // namespace brickdesk
