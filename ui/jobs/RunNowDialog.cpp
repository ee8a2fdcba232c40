#include "RunNowDialog.h"

#include "ParameterTableModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace brickdesk {

RunNowDialog::RunNowDialog(const JobDetails &job, QWidget *parent)
    : QDialog(parent)
    , m_jobId(job.id)
    , m_jobParameters(!job.parameters.isEmpty())
    , m_idempotencyToken(jobRequests::newIdempotencyToken())
    , m_parameters(new ParameterTableModel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Run %1 now").arg(job.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    const bool notebook = !m_jobParameters && job.hasNotebookTasks();
    if (m_jobParameters) {
        intro->setText(tr("Job parameters for this run (the defaults are filled in):"));
        QMap<QString, QString> defaults;
        for (const JobParameterSpec &parameter : job.parameters)
            defaults.insert(parameter.name, parameter.defaultValue);
        m_parameters->setNamesEditable(false);
        m_parameters->setParameters(defaults);
    } else if (notebook) {
        intro->setText(
            tr("Notebook parameters for this run (they override the tasks' base parameters):"));
        m_parameters->setParameters(job.notebookParameterDefaults());
    } else {
        intro->setText(tr("Run %1 with its settings as they are.").arg(job.name));
    }
    if (m_jobParameters || notebook) {
        m_table = new QTableView(this);
        m_table->setModel(m_parameters);
        m_table->verticalHeader()->hide();
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->setAccessibleName(tr("Parameters"));
        m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
        layout->addWidget(m_table, 1);
        if (notebook) {
            auto *add = new QPushButton(tr("&Add parameter"), this);
            auto *remove = new QPushButton(tr("&Remove parameter"), this);
            connect(add, &QPushButton::clicked, this, [this] {
                const int row = m_parameters->addRow();
                m_table->setCurrentIndex(m_parameters->index(row, ParameterTableModel::Name));
                m_table->edit(m_table->currentIndex());
            });
            connect(remove, &QPushButton::clicked, this,
                    [this] { m_parameters->removeRowAt(m_table->currentIndex().row()); });
            auto *row = new QHBoxLayout;
            row->addWidget(add);
            row->addWidget(remove);
            row->addStretch(1);
            layout->addLayout(row);
        }
    }
    auto *form = new QFormLayout;
    if (!m_jobParameters && job.hasPythonTasks()) {
        m_python = new QLineEdit(this);
        m_python->setPlaceholderText(
            tr("replace the Python tasks' arguments, e.g. --env prod \"--date 2024-01-01\""));
        form->addRow(tr("&Python arguments:"), m_python);
    }
    if (!m_jobParameters && job.hasJarTasks()) {
        m_jar = new QLineEdit(this);
        m_jar->setPlaceholderText(tr("replace the JAR tasks' arguments"));
        form->addRow(tr("&JAR arguments:"), m_jar);
    }
    layout->addLayout(form);

    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    QPushButton *run = m_buttons->addButton(tr("&Run now"), QDialogButtonBox::AcceptRole);
    run->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        Q_EMIT runRequested(request());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(520, m_table ? 380 : 180);
}

RunNowRequest RunNowDialog::request() const
{
    RunNowRequest request;
    request.jobId = m_jobId;
    request.idempotencyToken = m_idempotencyToken;
    if (m_jobParameters)
        request.jobParameters = m_parameters->parameters();
    else
        request.notebookParams = m_parameters->parameters();
    if (m_python)
        request.pythonParams = QProcess::splitCommand(m_python->text());
    if (m_jar)
        request.jarParams = QProcess::splitCommand(m_jar->text());
    return request;
}

void RunNowDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

void RunNowDialog::setBusy(bool busy)
{
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!busy);
    }
}

} // namespace brickdesk
