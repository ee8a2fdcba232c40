#pragma once

#include "ClusterChoices.h"
#include "ClusterSpec.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace brickdesk {

class ApiClient;
class ClusterChoicesLoader;

// Create, edit or clone a cluster: a form with runtime and node type pickers filled from the
// workspace, workers or autoscale, auto-termination, Spark conf, environment and tags — and a raw
// JSON tab for everything else. The dialog collects a ClusterSpec; the caller sends it.
class ClusterDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit, Clone };

    ClusterDialog(Mode mode, ApiClient *client, QWidget *parent = nullptr);

    void setSpec(const ClusterSpec &spec);
    // The spec as the form or the JSON tab says; nullopt with the reasons shown in the dialog.
    std::optional<ClusterSpec> spec();
    void showError(const QString &message); // the dialog stays open with what the user typed

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *runtimeBox() const { return m_runtime; }
    QComboBox *nodeTypeBox() const { return m_nodeType; }
    QCheckBox *autoscaleBox() const { return m_autoscale; }
    QSpinBox *workersBox() const { return m_workers; }
    QSpinBox *autoterminationBox() const { return m_autotermination; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *errorLabel() const { return m_error; }
    bool choicesLoaded() const { return m_choicesLoaded; }

Q_SIGNALS:
    void submitted(const brickdesk::ClusterSpec &spec);
    void choicesReady();

private:
    void fillChoices(const QList<SparkVersion> &versions, const QList<NodeType> &nodeTypes);
    void updateWorkerFields();
    std::optional<ClusterSpec> specFromForm();
    bool syncJsonToForm();

    Mode m_mode;
    ClusterSpec m_base; // keeps what the form does not show
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QComboBox *m_runtime;
    QComboBox *m_nodeType;
    QComboBox *m_driverNodeType;
    QCheckBox *m_autoscale;
    QSpinBox *m_workers;
    QSpinBox *m_minWorkers;
    QSpinBox *m_maxWorkers;
    QSpinBox *m_autotermination;
    QPlainTextEdit *m_sparkConf;
    QPlainTextEdit *m_envVars;
    QPlainTextEdit *m_tags;
    QPlainTextEdit *m_json;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    ClusterChoicesLoader *m_loader;
    bool m_choicesLoaded = false;
};

} // namespace brickdesk
