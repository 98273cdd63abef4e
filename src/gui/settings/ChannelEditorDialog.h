#pragma once

#include "notify/NotifyTypes.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>

#include <memory>

class QTimer;

namespace Ui {
class ChannelEditorDialog;
}

namespace vigil {

// Edits one notification channel: type, URL and the type's own keys (token, signing secret,
// priority), routing (severity, label matchers, group window, resolved messages), inline
// validation (validateChannel(), unique names) with OK disabled while anything is invalid, and
// "Send test notification", which goes out through testRequested() and shows the receiver's
// answer given to showTestResult(). Holds no engine and touches no files or sockets.
class ChannelEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelEditorDialog)

public:
    explicit ChannelEditorDialog(QWidget *parent = nullptr);
    ~ChannelEditorDialog() override;

    void setTakenNames(const QStringList &names);
    void setChannel(const ChannelSpec &spec);
    // The channel as edited; fields whose text does not parse keep the value given to
    // setChannel().
    ChannelSpec channel() const;

    QStringList problems() const { return m_problems; }
    bool isTesting() const { return m_testRequest != 0; }
    QString testResultText() const;

public Q_SLOTS:
    // The answer to testRequested(): HTTP status (0 when none came), round trip and the error
    // (empty on success). Answers to earlier requests are ignored.
    void showTestResult(quint64 requestId, int httpStatus, qint64 ms, const QString &error);

Q_SIGNALS:
    void testRequested(quint64 requestId, const vigil::ChannelSpec &spec);

private:
    struct Parsed
    {
        ChannelSpec spec;
        QList<QPair<QWidget *, QString>> errors; // input that does not parse, with the reason
    };

    void fill(const ChannelSpec &spec);
    Parsed parse() const;
    QWidget *widgetForKey(const QString &key) const;
    void revalidate();
    void onTypeChanged();
    void onTest();
    void onTestTimeout();
    void updateTestButton();

    std::unique_ptr<Ui::ChannelEditorDialog> m_ui;
    ChannelSpec m_spec;
    QStringList m_takenNames;
    QStringList m_problems;
    QList<QWidget *> m_marked;
    QTimer *m_testTimer;
    quint64 m_testRequest = 0;
    bool m_filling = false;
};

} // namespace vigil
