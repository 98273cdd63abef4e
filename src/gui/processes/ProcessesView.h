#pragma once

#include "collect/ProcessTypes.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QMenu;
class QMessageBox;
class QTableView;

namespace Ui {
class ProcessesView;
}

namespace vigil {

class EmptyStateOverlay;
class ProcessFilterProxy;
class ProcessModel;

// The Processes tab: the top processes by CPU or memory, filter, copy, end or kill a process
// the user owns (after a confirmation naming it), and "Create check from process…". Asks for
// snapshots only while shown (processesWanted); signals go out through signalRequested and
// their outcome comes back to showSignalResult. Reads nothing itself.
class ProcessesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessesView)

public:
    explicit ProcessesView(QWidget *parent = nullptr);
    ~ProcessesView() override;

    ProcessModel *model() const { return m_model; }
    ProcessFilterProxy *proxy() const { return m_proxy; }
    QTableView *tableView() const;
    // Whose processes may be ended: the real uid of Vigil unless a test says otherwise.
    void setOwnUid(qint64 uid);
    // Selects a listed process; false when it is not shown.
    bool selectPid(qint64 pid);
    qint64 currentPid() const; // 0 when nothing is selected

    QAction *copyAction() const { return m_copyRow; }
    QAction *copyPidAction() const { return m_copyPid; }
    QAction *copyCommandAction() const { return m_copyCommand; }
    QAction *endAction() const { return m_end; }
    QAction *killAction() const { return m_kill; }
    QAction *createCheckAction() const { return m_createCheck; }
    // The open End/Kill confirmation (window-modal, opened with open()), or null.
    QMessageBox *signalQuestion() const;
    QString messageText() const;
    QString summaryText() const;
    QString emptyStateText() const;

public Q_SLOTS:
    void setSnapshot(const vigil::ProcessSnapshot &snapshot);
    void showSignalResult(quint64 requestId, qint64 pid, int signal, int error);

Q_SIGNALS:
    void processesWanted(bool wanted);
    void signalRequested(quint64 requestId, qint64 pid, quint64 startTicks, int signal);
    // "Create check from process…": a process check for this name, in the check editor.
    void createCheckRequested(const QString &processName);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    const ProcessInfo *current() const;
    void askToSignal(int signal);
    void copyText(const QString &text);
    QString rowText(const ProcessInfo &p) const;
    void showMessage(const QString &text, bool isError);
    void updateActions();
    void updateSummary();
    void setWanted(bool wanted);

    std::unique_ptr<Ui::ProcessesView> m_ui;
    ProcessModel *m_model;
    ProcessFilterProxy *m_proxy;
    QMenu *m_contextMenu;
    EmptyStateOverlay *m_emptyState = nullptr;
    QAction *m_copyRow = nullptr;
    QAction *m_copyPid = nullptr;
    QAction *m_copyCommand = nullptr;
    QAction *m_end = nullptr;
    QAction *m_kill = nullptr;
    QAction *m_createCheck = nullptr;
    QPointer<QMessageBox> m_question;
    QHash<quint64, QString> m_pending; // request id -> "“name” (PID n)"
    quint64 m_nextRequest = 1;
    qint64 m_ownUid = -1;
    bool m_wanted = false;
    bool m_haveSnapshot = false;
};

} // namespace vigil
