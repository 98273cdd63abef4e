#pragma once

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QTest>

// python3-dbusmock's notification_daemon template as a test peer (HEADLESS-TESTING §5): started
// and stopped by the test, queried through the mock's own org.freedesktop.DBus.Mock interface.
class NotificationServerMock final
{
public:
    struct NotifyCall
    {
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireMs = 0;
    };

    static inline const QString service = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString path = QStringLiteral("/org/freedesktop/Notifications");

    ~NotificationServerMock() { stop(); }

    bool isRegistered() const { return m_bus.interface()->isServiceRegistered(service).value(); }

    // capabilities: the GetCapabilities answer, space-separated; null: the template's default
    // (no "actions", but "body-markup"). Returns once the server owns its name.
    bool start(const QString &capabilities)
    {
        QStringList args{QStringLiteral("-m"), QStringLiteral("dbusmock"),
                         QStringLiteral("--template"), QStringLiteral("notification_daemon")};
        if (!capabilities.isNull())
            args << QStringLiteral("-p")
                 << QStringLiteral("{\"capabilities\": \"%1\"}").arg(capabilities);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process.waitForStarted(5000)) {
            qWarning("cannot start /usr/bin/python3 -m dbusmock (python3-dbusmock installed?)");
            return false;
        }
        return QTest::qWaitFor([this] { return isRegistered(); }, 10000);
    }

    // Returns once the server's name is gone from the bus.
    bool stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        m_process.terminate();
        return m_process.waitForFinished(5000) &&
               QTest::qWaitFor([this] { return !isRegistered(); }, 5000);
    }

    QList<NotifyCall> notifyCalls() const
    {
        QList<NotifyCall> calls;
        const QDBusMessage reply =
            mockCall(QStringLiteral("GetMethodCalls"), {QStringLiteral("Notify")});
        if (reply.type() != QDBusMessage::ReplyMessage)
            return calls;
        // a(tav): (time, [app_name, replaces_id, app_icon, summary, body, actions, hints, expire])
        const QDBusArgument arg = reply.arguments().at(0).value<QDBusArgument>();
        arg.beginArray();
        while (!arg.atEnd()) {
            qulonglong time = 0;
            QVariantList a;
            arg.beginStructure();
            arg >> time >> a;
            arg.endStructure();
            if (a.size() != 8)
                continue;
            NotifyCall c;
            c.appName = a.at(0).toString();
            c.replacesId = a.at(1).toUInt();
            c.icon = a.at(2).toString();
            c.summary = a.at(3).toString();
            c.body = a.at(4).toString();
            c.actions = a.at(5).toStringList();
            c.hints = qdbus_cast<QVariantMap>(a.at(6));
            c.expireMs = a.at(7).toInt();
            calls.append(c);
        }
        arg.endArray();
        return calls;
    }

    // Makes the server broadcast one of its signals, as if the user had acted on a popup.
    bool emitSignal(const QString &name, const QString &signature, const QVariantList &args) const
    {
        return mockCall(QStringLiteral("EmitSignal"),
                        {service, name, signature, QVariant::fromValue(args)})
                   .type() == QDBusMessage::ReplyMessage;
    }

private:
    QDBusMessage mockCall(const QString &method, const QVariantList &args) const
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            service, path, QStringLiteral("org.freedesktop.DBus.Mock"), method);
        call.setArguments(args);
        return m_bus.call(call);
    }

    QProcess m_process;
    QDBusConnection m_bus = QDBusConnection::sessionBus();
};
