#pragma once

#include "AzureCredential.h"
#include "AzureSignIn.h"
#include "KeyVaultClient.h"
#include "SecretMatrixLoader.h"
#include "SecretMatrixModel.h"
#include "SecretScope.h"
#include "SecretWriter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

class QNetworkAccessManager;

namespace brickdesk {

class ActivityLog;

// One cell to fill: put the value under scope/key in profile's workspace.
struct SecretFillTarget
{
    QString profile;
    QString scope;
    QString key;
};

// Where a target's value will go, worked out before anything is written, for the user to see.
struct SecretFillStep
{
    SecretFillTarget target;
    bool isProd = false;
    bool createsScope = false; // the workspace has no such scope: a Databricks-backed one is made
    bool toKeyVault = false;   // the scope is backed by Azure Key Vault: the value goes there
    QString keyVaultName;      // the vault secret name the key maps to
    QString vaultUrl;          // the scope's vault (its DNS name)
    QString problem;           // why this target cannot be filled; empty when it can
};

struct SecretFillResult
{
    SecretFillStep step;
    QString error; // empty when written
};

// "Put missing…": writes one value into several cells of the environment matrix, one after the
// other, with SecretWriter — through the secrets API, or for Key Vault-backed scopes into the
// backing vault (signing in to Azure as that profile does). Each profile written to is loaded
// again afterwards, so its cells turn present.
class SecretMatrixFiller : public QObject
{
    Q_OBJECT

public:
    SecretMatrixFiller(SecretMatrixLoader *loader, SecretMatrixModel *model,
                       QNetworkAccessManager *network, ActivityLog *activity, AzureSignIn *azure,
                       QProcessEnvironment environment, QObject *parent = nullptr);
    ~SecretMatrixFiller() override;

    // What fill() would do for each target; targets the matrix shows as present or loading,
    // or in a profile that is not connected, carry a problem.
    QList<SecretFillStep> plan(const QList<SecretFillTarget> &targets) const;
    // Writes `value` to every step without a problem. One fill at a time.
    void fill(const QList<SecretFillStep> &steps, const QByteArray &value);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void stepFinished(const brickdesk::SecretFillResult &result);
    void finished(const QList<brickdesk::SecretFillResult> &results);

private:
    void next();
    void write(const SecretFillStep &step, const SecretScope &scope);
    void finishStep(const QString &error);

    QPointer<SecretMatrixLoader> m_loader;
    QPointer<SecretMatrixModel> m_model;
    QNetworkAccessManager *m_network;
    QPointer<ActivityLog> m_activity;
    QPointer<AzureSignIn> m_azure;
    QProcessEnvironment m_environment;

    QList<SecretFillStep> m_steps;
    QList<SecretFillResult> m_results;
    QByteArray m_value; // only while a fill runs
    QPointer<SecretWriter> m_writer;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::SecretFillResult)
