// NetworkSource: /proc/net/dev rates across resets, new and vanished interfaces.
#include "collect/NetworkSource.h"
#include "tst_collect_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vigil;
using namespace vigil::testsupport;

namespace {
QString rx(const char *interface)
{
    return QStringLiteral("network_receive_bytes_per_second{interface=\"%1\"}")
        .arg(QLatin1String(interface));
}
QString tx(const char *interface)
{
    return QStringLiteral("network_transmit_bytes_per_second{interface=\"%1\"}")
        .arg(QLatin1String(interface));
}
const QByteArray Header =
    "Inter-|   Receive                                                |  Transmit\n"
    " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs "
    "drop fifo colls carrier compressed\n";
} // namespace

class TestNetworkSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString root() const { return m_dir->path(); }
    QString netDevPath() const { return m_dir->filePath(QStringLiteral("proc/net/dev")); }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void acrossACounterReset()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        NetworkSource source(root());
        QCOMPARE(source.name(), QStringLiteral("network"));
        QVERIFY(collectValues(source, 50 * NsPerSecond).isEmpty()); // first read: no rates

        // t1, 2 s later: wlp3s0's driver was reloaded (counters restarted): no sample, never a
        // negative one. veth1a2b3c vanished; veth9f8e7d is new: nothing until its second read.
        // lo is never reported.
        QVERIFY(overlayTree(QStringLiteral("workstation-t1"), root()));
        auto values = collectValues(source, 52 * NsPerSecond);
        const QMap<QString, double> t1 = {
            {rx("enp5s0"), 25000000.0 / 2},
            {tx("enp5s0"), 1000000.0 / 2},
            {rx("docker0"), 0.0},
            {tx("docker0"), 0.0},
        };
        QCOMPARE(values, t1);

        // t2: the reset interface and the new one are normal again.
        QVERIFY(overlayTree(QStringLiteral("workstation-t2"), root()));
        values = collectValues(source, 54 * NsPerSecond);
        const QMap<QString, double> t2 = {
            {rx("enp5s0"), 25000000.0 / 2}, {tx("enp5s0"), 1000000.0 / 2},
            {rx("wlp3s0"), 400000.0 / 2},   {tx("wlp3s0"), 100000.0 / 2},
            {rx("docker0"), 0.0},           {tx("docker0"), 0.0},
            {rx("veth9f8e7d"), 300.0 / 2},  {tx("veth9f8e7d"), 600.0 / 2},
        };
        QCOMPARE(values, t2);
    }

    void excludeInterfaces()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        QVERIFY(overlayTree(QStringLiteral("workstation-t1"), root()));
        NetworkSource source(root(), {QStringLiteral("^(docker|veth)")});
        collectValues(source, 0);
        QVERIFY(overlayTree(QStringLiteral("workstation-t2"), root()));
        const auto values = collectValues(source, NsPerSecond);
        QCOMPARE(values.keys(),
                 (QStringList{rx("enp5s0"), rx("wlp3s0"), tx("enp5s0"), tx("wlp3s0")}));
    }

    void wrappedCounterSkipsOneInterval()
    {
        // A 32-bit counter wrapping (old drivers) looks like a reset: skipped, not a spike.
        const auto line = [](quint64 rxBytes, quint64 txBytes) -> QByteArray {
            return Header + "  eth0: " + QByteArray::number(rxBytes) + " 10 0 0 0 0 0 0 " +
                   QByteArray::number(txBytes) + " 10 0 0 0 0 0 0\n";
        };
        QVERIFY(writeFile(netDevPath(), line(4294967000, 1000)));
        NetworkSource source(root());
        collectValues(source, 0);
        QVERIFY(writeFile(netDevPath(), line(200, 2000)));
        QVERIFY(collectValues(source, NsPerSecond).isEmpty());
        QVERIFY(writeFile(netDevPath(), line(1200, 2500)));
        const auto values = collectValues(source, 2 * NsPerSecond);
        QCOMPARE(values.value(rx("eth0")), 1000.0);
        QCOMPARE(values.value(tx("eth0")), 500.0);
    }

    void oldFormatAndMalformedLines()
    {
        // Linux 2.6 printed no blank after the colon once the counter was wide.
        const QByteArray t0 = Header + "  eth0:1000000000 10 0 0 0 0 0 0 5000 10 0 0 0 0 0 0\n"
                                       "garbage\n"
                                       "  eth1: 1 2 3\n"
                                       "  eth2: x 10 0 0 0 0 0 0 5000 10 0 0 0 0 0 0\n"
                                       "    : 1 10 0 0 0 0 0 0 5000 10 0 0 0 0 0 0\n";
        QVERIFY(writeFile(netDevPath(), t0));
        NetworkSource source(root());
        collectValues(source, 0);
        QVERIFY(
            writeFile(netDevPath(), QByteArray(t0).replace("eth0:1000000000", "eth0:1000004000")));
        const auto values = collectValues(source, NsPerSecond);
        QCOMPARE(values.keys(), (QStringList{rx("eth0"), tx("eth0")}));
        QCOMPARE(values.value(rx("eth0")), 4000.0);
    }

    void missingFileWarnsOnce()
    {
        NetworkSource source(root());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "^network: cannot read .*/proc/net/dev: ")));
        for (int tick = 0; tick < 3; ++tick)
            QVERIFY(collectValues(source, tick * NsPerSecond).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetworkSource)
#include "tst_networksource.moc"
