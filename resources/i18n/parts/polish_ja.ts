<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>EventsInViewList</name>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="154" />
      <source>Events in view</source>
      <translation>表示中の出来事</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="156" />
      <source>The events the timeline shows now, in date order; the current one is the selected event</source>
      <translation>年表に現在表示されている出来事（日付順）。現在の項目が選択中の出来事です</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="159" />
      <source> ▸ </source>
      <translation>＞</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="62" />
      <source>Previous event</source>
      <translation>前の出来事</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="63" />
      <source>Next event</source>
      <translation>次の出来事</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="64" />
      <source>Go to the nearest event before the view</source>
      <translation>表示範囲より前の直近の出来事へ移動</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="65" />
      <source>Go to the nearest event after the view</source>
      <translation>表示範囲より後の直近の出来事へ移動</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="66" />
      <source>Zoom in</source>
      <translation>拡大</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="67" />
      <source>Zoom out</source>
      <translation>縮小</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="68" />
      <source>Zoom to fit the filtered events</source>
      <translation>絞り込んだ出来事の全体を表示</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="71" />
      <source>Zoom in or out around the pointer</source>
      <translation>ポインターの位置を中心に拡大・縮小</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="72" />
      <source>Mouse wheel</source>
      <translation>マウスホイール</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="73" />
      <source>Pan</source>
      <translation>表示範囲の移動</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="73" />
      <source>Drag</source>
      <translation>ドラッグ</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="74" />
      <source>Pan sideways</source>
      <translation>左右に移動</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="75" />
      <source>Horizontal wheel</source>
      <translation>横スクロール</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="76" />
      <source>Zoom in on a point</source>
      <translation>その位置を拡大</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="77" />
      <source>Double-click</source>
      <translation>ダブルクリック</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="78" />
      <source>Select an event</source>
      <translation>出来事を選択</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="78" />
      <source>Click</source>
      <translation>クリック</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="547" />
      <source>{when}; status: {status}; parties: {parties}</source>
      <translation>{when}、状況：{status}、当事者：{parties}</translation>
    </message>
  </context>
</TS>
