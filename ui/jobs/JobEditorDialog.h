#pragma once

#include "JobDefinitionText.h"
#include "LineDiff.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace brickdesk {

class DiffView;

// Job settings as JSON, to create a job (typed, pasted, or opened from a JSON file or a dbx
// deployment file) or to edit one. Editing shows the changes as a diff before anything is saved:
// jobs/reset replaces every setting, so the user sees exactly what will change.
class JobEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Create,
        Edit
    };

    // Create: `settings` is the starting text's content. Edit: the job's current settings.
    JobEditorDialog(Mode mode, const QJsonObject &settings, qint64 jobId = 0,
                    QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    qint64 jobId() const { return m_jobId; }
    QPlainTextEdit *editor() const { return m_editor; }
    DiffView *diffView() const { return m_diff; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *warningLabel() const { return m_warnings; }
    QComboBox *definitionBox() const { return m_definitions; }
    QPushButton *primaryButton() const { return m_primary; } // Create / Review changes / Save
    bool isReviewing() const;

    // Reads a JSON or dbx deployment file into the editor (Create). False with the reason shown.
    bool loadFile(const QString &path);
    bool loadFileContent(const QByteArray &content, const QString &name);
    void showError(const QString &message); // back to editing, the text kept
    void setBusy(bool busy);

Q_SIGNALS:
    void createRequested(const QJsonObject &settings);
    void saveRequested(qint64 jobId, const QJsonObject &settings);

private:
    void onPrimary();
    void review(const QJsonObject &settings);
    void backToEditing();
    void chooseOpenFile();
    void showDefinition(int index);
    std::optional<JobDefinition> parsed();

    Mode m_mode;
    qint64 m_jobId;
    QString m_originalText; // Edit: the settings as loaded, for the diff
    QJsonObject m_pending;  // Edit: what Save sends, as reviewed
    QList<JobDefinition> m_fileDefinitions;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_editor;
    DiffView *m_diff;
    QLabel *m_diffStat;
    QComboBox *m_definitions;
    QLabel *m_error;
    QLabel *m_warnings;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_back;
    QPushButton *m_primary;
    QDialogButtonBox *m_buttons;
};

} // namespace brickdesk
