<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <source>Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="30"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="31"/>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="42"/>
        <source>&amp;Time window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="48"/>
        <source>How much history the charts show (Ctrl+1 … Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="53"/>
        <source>Draw one CPU line per core as well as the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="54"/>
        <source>&amp;Per-core CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="74"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="80"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="88"/>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="89"/>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="92"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="93"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="96"/>
        <source>&amp;About Vigil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Dashboard</name>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="54"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="55"/>
        <source>Memory and swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="56"/>
        <source>Disk I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="57"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="58"/>
        <source>Load average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="59"/>
        <source>Temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="64"/>
        <source>No disks found, or waiting for a second sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="65"/>
        <source>No network interfaces found besides loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="67"/>
        <source>No temperature sensors found.
Virtual machines usually have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="99"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="100"/>
        <source>I/O wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="108"/>
        <source>Core %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="113"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="116"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="121"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="122"/>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="125"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="127"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="129"/>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="129"/>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="129"/>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/Dashboard.cpp" line="138"/>
        <source>%1 · %n core(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/Dashboard.cpp" line="141"/>
        <source>%1 used of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::FilesystemPanel</name>
    <message>
        <location filename="../src/gui/FilesystemPanel.cpp" line="33"/>
        <source>Filesystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FilesystemPanel.cpp" line="38"/>
        <source>Waiting for data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FilesystemPanel.cpp" line="102"/>
        <source>%1 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FilesystemPanel.cpp" line="104"/>
        <source> · %1 free of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::GuiSession</name>
    <message>
        <location filename="../src/gui/GuiSession.cpp" line="76"/>
        <source>Vigil is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/GuiSession.cpp" line="77"/>
        <source>Vigil keeps watching from the tray. Use Quit in its menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="31"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="31"/>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="31"/>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="31"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="72"/>
        <source>&lt;b&gt;The configuration could not be used; Vigil runs on defaults.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="117"/>
        <source>Updated %1 · every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="142"/>
        <source>Built-in thresholds: CPU 80/95 %, memory 85/95 %, filesystems 80/90 % (warning/critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="172"/>
        <source>About Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="173"/>
        <source>&lt;h3&gt;Vigil %1&lt;/h3&gt;&lt;p&gt;A native system monitor for Linux: live charts, health status and a tray icon.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::TimeSeriesChart</name>
    <message>
        <location filename="../src/gui/charts/TimeSeriesChart.cpp" line="181"/>
        <source>Waiting for data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::TrayController</name>
    <message>
        <location filename="../src/gui/TrayController.cpp" line="71"/>
        <location filename="../src/gui/TrayController.cpp" line="110"/>
        <source>&amp;Hide Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TrayController.cpp" line="73"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TrayController.cpp" line="104"/>
        <source>Vigil: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TrayController.cpp" line="110"/>
        <source>&amp;Show Vigil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
