<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="61" />
      <source>Previous event</source>
      <translation>前の出来事</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="62" />
      <source>Next event</source>
      <translation>次の出来事</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="63" />
      <source>Go to the nearest event before the view</source>
      <translation>表示範囲より前の直近の出来事へ移動</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="64" />
      <source>Go to the nearest event after the view</source>
      <translation>表示範囲より後の直近の出来事へ移動</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="65" />
      <source>Zoom in</source>
      <translation>拡大</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="66" />
      <source>Zoom out</source>
      <translation>縮小</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="67" />
      <source>Zoom to fit the filtered events</source>
      <translation>絞り込んだ出来事の全体を表示</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="70" />
      <source>Zoom in or out around the pointer</source>
      <translation>ポインターの位置を中心に拡大・縮小</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="71" />
      <source>Mouse wheel</source>
      <translation>マウスホイール</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="72" />
      <source>Pan</source>
      <translation>表示範囲の移動</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="72" />
      <source>Drag</source>
      <translation>ドラッグ</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="73" />
      <source>Pan sideways</source>
      <translation>左右に移動</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="74" />
      <source>Horizontal wheel</source>
      <translation>横スクロール</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="75" />
      <source>Zoom in on a point</source>
      <translation>その位置を拡大</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="76" />
      <source>Double-click</source>
      <translation>ダブルクリック</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="77" />
      <source>Select an event</source>
      <translation>出来事を選択</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/timeline_view.py" line="77" />
      <source>Click</source>
      <translation>クリック</translation>
    </message>
  </context>
</TS>
