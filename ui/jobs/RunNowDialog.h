#pragma once

#include "JobDetails.h"
#include "JobRequests.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace brickdesk {

class ParameterTableModel;

// "Run now" with parameters: the job's parameters with their defaults, or (for jobs without
// job-level parameters) the notebook parameters and the Python/JAR arguments. Emits
// runRequested(); the page sends it and calls showError() or accept().
class RunNowDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RunNowDialog(const JobDetails &job, QWidget *parent = nullptr);

    RunNowRequest request() const;
    void showError(const QString &message);
    void setBusy(bool busy);

    ParameterTableModel *parametersModel() const { return m_parameters; }
    QLineEdit *pythonParamsEdit() const { return m_python; }
    QLineEdit *jarParamsEdit() const { return m_jar; }
    QLabel *errorLabel() const { return m_error; }
    bool usesJobParameters() const { return m_jobParameters; }

Q_SIGNALS:
    void runRequested(const brickdesk::RunNowRequest &request);

private:
    qint64 m_jobId;
    bool m_jobParameters;
    QString m_idempotencyToken; // one per dialog: pressing Run twice starts one run
    ParameterTableModel *m_parameters;
    QTableView *m_table = nullptr;
    QLineEdit *m_python = nullptr;
    QLineEdit *m_jar = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace brickdesk
