#pragma once

#include <QDateTime>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace brickdesk {

// "Someone changed this notebook in the workspace since you opened it": a line diff of the
// workspace's version (lines only there marked -) against the user's text (lines only there +),
// and three ways on: overwrite the workspace's version with mine, take theirs into the editor, or
// cancel and keep editing. Cancel is the default and what closing the dialog means.
class SaveConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Cancel,
        OverwriteWithMine,
        TakeTheirs
    };
    Q_ENUM(Choice)

    SaveConflictDialog(const QString &path, const QString &theirs, const QString &mine,
                       const QDateTime &theirsModifiedAt, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // Answers as a click on the button would.
    void choose(Choice choice);
    void reject() override;

    QPlainTextEdit *diffView() const { return m_diff; }
    QString diffStatText() const { return m_stat; } // "+3 −1"
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void chosen(brickdesk::SaveConflictDialog::Choice choice);

private:
    QPlainTextEdit *m_diff;
    QLabel *m_summary;
    QPushButton *m_overwrite;
    QPushButton *m_takeTheirs;
    QPushButton *m_cancel;
    QString m_stat;
    Choice m_choice = Choice::Cancel;
    bool m_answered = false;
};

} // namespace brickdesk
