#pragma once

#include <QObject>

class QSocketNotifier;

namespace vigil {

// Turns SIGINT/SIGTERM into a Qt signal through a self-pipe, the pattern Qt documents for
// Unix signals: the handler only write()s a byte, the notifier runs in the event loop.
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    bool watch(int signalNumber);

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace vigil
