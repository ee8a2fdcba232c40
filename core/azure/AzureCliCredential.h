#pragma once

#include "AzureCredential.h"

namespace brickdesk {

// Tokens from the Azure CLI the user is signed in to: `az account get-access-token --scope S
// --output json`, run asynchronously. When az is missing or not signed in, the error says what
// to do ("run az login").
class AzureCliCredential final : public AzureCredential
{
    Q_OBJECT

public:
    explicit AzureCliCredential(QString tenantId = {}, QObject *parent = nullptr);

    Kind kind() const override { return Kind::AzureCli; }
    QString description() const override;

    // The az executable; by default the one on PATH. Empty when none was found.
    QString program() const { return m_program; }
    void setProgram(const QString &program) { m_program = program; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    static bool isInstalled();

protected:
    void fetchToken(const QString &scope, Callback done) override;

private:
    QString m_tenantId;
    QString m_program;
    int m_timeoutMs = 60000;
};

} // namespace brickdesk
