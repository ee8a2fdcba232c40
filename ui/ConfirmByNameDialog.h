#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace brickdesk {

// The guard on destructive actions against a prod profile: the user types the profile name, and
// only an exact match enables the action.
class ConfirmByNameDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmByNameDialog(const QString &action, const QString &profileName, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    bool isConfirmEnabled() const;
    void setConfirmText(const QString &text); // the confirm button's label, e.g. "Delete"

    // Asks as the profile's environment requires: typing the name for prod, a plain question
    // otherwise. Returns true when the user confirmed.
    static bool confirm(QWidget *parent, const QString &action, const QString &profileName, bool isProd);

private:
    QString m_expected;
    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
};

} // namespace brickdesk
