<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>habeas::gui</name>
    <message>
        <source>Habeas — privacy litigation workbench</source>
        <translation>Habeas — 隐私诉讼工作平台</translation>
    </message>
    <message>
        <source>Open the demo library (罗某 v. the app operator), creating it if needed.</source>
        <translation>打开示例案件库（罗某诉应用运营者），如不存在则自动创建。</translation>
    </message>
    <message>
        <source>A case bundle (.habeas) to import into the library, after asking.</source>
        <translation>要导入资料库的案件包（.habeas），导入前会先询问。</translation>
    </message>
    <message>
        <source>Habeas</source>
        <translation>Habeas</translation>
    </message>
    <message>
        <source>The library at %1 cannot be opened.

%2</source>
        <translation>无法打开位于%1的案件库。

%2</translation>
    </message>
    <message>
        <source>Open the library in DIR, or on a server at postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>打开 DIR 中的案卷库，或服务器上位于 postgresql://USER@HOST[:PORT]/DATABASE 的案卷库。</translation>
    </message>
</context>
</TS>
