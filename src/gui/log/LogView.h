#pragma once

#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class LogView;
}

namespace vigil {

class EmptyStateOverlay;
class LogFilterProxy;
class LogModel;
class RecentLog;

// The Log tab: Vigil's own recent log entries (a RecentLog in memory), a minimum level, a text
// search (Ctrl+F), follow mode (the newest entry stays in view until the user scrolls up) and
// "Open Log Folder". It reads no file: the writer thread loaded and feeds the tail.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setTail(RecentLog *tail);
    // The folder "Open Log Folder" shows (<data dir>/logs).
    void setLogDirectory(const QString &directory);
    QString logDirectory() const { return m_directory; }

    LogModel *model() const { return m_model; }
    LogFilterProxy *proxy() const { return m_proxy; }
    QTableView *tableView() const;
    bool isFollowing() const;
    void setFollowing(bool follow);
    bool isEmptyStateShown() const;
    QString emptyStateText() const;

Q_SIGNALS:
    // "Open Log Folder": the owner opens it (QDesktopServices), so tests can watch the request.
    void openFolderRequested(const QString &directory);

private:
    void scrollToNewest();
    void onScrolled(int value);
    void updateCount();

    std::unique_ptr<Ui::LogView> m_ui;
    LogModel *m_model;
    LogFilterProxy *m_proxy;
    EmptyStateOverlay *m_emptyState;
    QString m_directory;
    bool m_autoScrolling = false;
};

} // namespace vigil
