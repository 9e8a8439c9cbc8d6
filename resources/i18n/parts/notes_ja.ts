<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="845" />
        <source>{title} (copy from this window)</source>
        <translation>{title}（このウィンドウの版）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="849" />
        <source>“{title}” was changed in another window. That version is kept; your change is saved as “{copy}”.</source>
        <translation>「{title}」は別のウィンドウで変更されていました。そちらの版はそのまま残し、この変更は「{copy}」として保存しました。</translation>
    </message>
    </context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="128" />
        <source>Notes notice</source>
        <translation>メモに関するお知らせ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="134" />
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="135" />
        <source>Retry saving the note</source>
        <translation>メモの保存を再試行</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="137" />
        <source>&amp;Copy text</source>
        <translation>テキストをコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="138" />
        <source>Copy the note's text</source>
        <translation>メモのテキストをコピー</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="140" />
        <source>Copies the note to the clipboard, to keep it elsewhere while it cannot be saved.</source>
        <translation>保存できない間、別の場所に控えておけるよう、メモをクリップボードにコピーします。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="142" />
        <source>Use &amp;theirs</source>
        <translation>別ウィンドウの版を使う(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="143" />
        <source>Use the other window's note</source>
        <translation>別のウィンドウのメモを使う</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="145" />
        <source>Replaces the text here by the note saved in the other window.</source>
        <translation>ここのテキストを、別のウィンドウで保存されたメモに置き換えます。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="147" />
        <source>&amp;Keep mine</source>
        <translation>こちらの版を残す(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="148" />
        <source>Keep my note</source>
        <translation>こちらのメモを残す</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="150" />
        <source>Saves the text here over the note saved in the other window.</source>
        <translation>別のウィンドウで保存されたメモに代えて、ここのテキストを保存します。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="252" />
        <source>Your notes were written by a newer Briefing Explorer; they are shown read-only. Update the app to edit them.</source>
        <translation>メモは新しいバージョンのBriefing Explorerで保存されたため、閲覧のみ可能です。編集するにはアプリを更新してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="255" />
        <source>Your notes cannot be saved on this computer ({reason}); they are shown read-only.</source>
        <translation>このコンピューターではメモを保存できないため（{reason}）、閲覧のみ可能です。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="258" />
        <source>Restored 1 unsaved note typed before Briefing Explorer last closed.</source>
        <translation>Briefing Explorerが前回終了する前に入力され、保存されていなかったメモを1件復元しました。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="260" />
        <source>Restored {n} unsaved notes typed before Briefing Explorer last closed.</source>
        <translation>Briefing Explorerが前回終了する前に入力され、保存されていなかったメモを{n}件復元しました。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="270" />
        <source>Not saved: {reason}</source>
        <translation>保存できませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="272" />
        <source>Changed in another window since it was opened here. Your text is kept; choose which to keep.</source>
        <translation>ここで開いた後、別のウィンドウで変更されました。こちらのテキストは残してあります。どちらを残すか選んでください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="275" />
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="327" />
        <source>(Copied.)</source>
        <translation>（コピーしました）</translation>
    </message>
    </context>
</TS>