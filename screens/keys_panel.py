"""The `?` panel: the keys that act on the screen now, and those the footer
shows dimmed, which do not act here.

Textual's own panel lists every binding in reach, among them the scroll
keys every scrollable widget inherits (scroll left and right, page left and
right) that do nothing in a list as wide as its pane. This one is made from
the same `screen.active_bindings` and leaves out what would not act: a
binding disabled or hidden by its widget's `check_action`, Textual's
system keys, a scroll key of a widget with nothing to scroll that way,
focus keys on a screen with one focusable widget, copy with nothing
selected. Last, under "Not here", the keys the footer dims (`o` Open over a
quote whose source has no address): a dimmed key read the same as the others
in the text a screen reader reads, and `?` did not list it at all (a trial
on limited terminals). It sits beside the footer, never over it.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import ScrollableContainer, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static

from briefing.screens.cells import wrap
from briefing.screens.lines import same_content
from briefing.screens.safe import join, plain, plain_cut
from briefing.screens.textual_private import bindings_of_key

#: Textual's scroll keys of every scrollable widget, and the way each scrolls
_SCROLL_WAYS = {
    "scroll_left": "horizontal",
    "scroll_right": "horizontal",
    "page_left": "horizontal",
    "page_right": "horizontal",
    "scroll_up": "vertical",
    "scroll_down": "vertical",
    "page_up": "vertical",
    "page_down": "vertical",
    "scroll_home": "vertical",
    "scroll_end": "vertical",
}
_SCROLL_BINDINGS = frozenset(Binding.make_bindings(ScrollableContainer.BINDINGS))
KEY_WIDTH = 12


@dataclass(frozen=True)
class ActingKey:
    """One action the user can take now, and the keys that take it."""

    keys: tuple[str, ...]
    description: str
    #: the node whose binding it is: the app, the screen, or a widget on it
    node: DOMNode
    #: the reader's own binding (it has an id), not one of Textual's
    reader: bool


def acting_keys(screen: Screen[object]) -> list[ActingKey]:
    """The keys that do something on `screen` now, one entry per action, in
    the order Textual tries them (the focused widget's first, the app's last)."""
    found: dict[tuple[int, str], ActingKey] = {}
    app = screen.app
    for node, binding in _acting_bindings(screen):
        shown = app.get_key_display(binding)
        slot = (id(node), binding.action)
        if slot in found:
            earlier = found[slot]
            if shown not in earlier.keys:
                found[slot] = ActingKey(
                    (*earlier.keys, shown), earlier.description, node, earlier.reader
                )
        else:
            found[slot] = ActingKey((shown,), binding.description, node, binding.id is not None)
    return list(found.values())


def _acting_bindings(screen: Screen[object]) -> list[tuple[DOMNode, Binding]]:
    """The binding each key acts on now: the first in reach, or, when that one
    would not act, the next that would (after the first ones of the other keys)."""
    first: list[tuple[DOMNode, Binding]] = []
    passed_on: list[tuple[DOMNode, Binding]] = []
    for key, active in screen.active_bindings.items():
        if active.enabled and _acts(screen, active.node, active.binding):
            first.append((active.node, active.binding))
            continue
        # The key goes on to its next binding: → scrolls a list no wider than
        # its pane, so it moves to the next pane, listed there (given Tab to
        # Copy, "Pane" left the panel though → moved panes: a power user's trial).
        after = bindings_of_key(screen, key)[1:]
        passed_on.extend([(n, b) for n, b, on in after if on and _acts(screen, n, b)][:1])
    return first + passed_on


def _acts(screen: Screen[object], node: DOMNode, binding: Binding) -> bool:
    if binding.system or not binding.description:
        return False
    if binding in _SCROLL_BINDINGS and isinstance(node, Widget):
        way = _SCROLL_WAYS.get(binding.action)
        if way == "horizontal":  # with room to scroll, not only a scrollbar
            return node.allow_horizontal_scroll and node.max_scroll_x > 0
        if way == "vertical":
            return node.allow_vertical_scroll and node.max_scroll_y > 0
    if binding.action in ("app.focus_next", "app.focus_previous"):
        return len(screen.focus_chain) > 1
    if binding.action == "screen.copy_text":
        return bool(screen.get_selected_text())
    return True


GROUPS = ("Here", "This screen", "Everywhere", "Editing the text")
#: The group of the keys the footer shows dimmed.
NOT_HERE = "Not here (dimmed in the footer)"


def dimmed_keys(screen: Screen[object]) -> list[ActingKey]:
    """The keys the footer shows dimmed: bound, shown, and not acting here
    (their `check_action` says None)."""
    found: dict[str, ActingKey] = {}
    app = screen.app
    for active in screen.active_bindings.values():
        binding = active.binding
        if active.enabled or not binding.show or binding.system or not binding.description:
            continue
        shown = app.get_key_display(binding)
        earlier = found.get(binding.action)
        if earlier is None:
            found[binding.action] = ActingKey(
                (shown,), binding.description, active.node, binding.id is not None
            )
        elif shown not in earlier.keys:
            found[binding.action] = ActingKey(
                (*earlier.keys, shown), earlier.description, earlier.node, earlier.reader
            )
    return list(found.values())


def _group(acting: ActingKey) -> str:
    node = acting.node
    if isinstance(node, App):
        return "Everywhere"
    if isinstance(node, Screen):
        return "This screen"
    if isinstance(node, Input) and not acting.reader:
        return "Editing the text"  # Textual's own keys of a text box: last
    return "Here"


def keys_table(screen: Screen[object], width: int) -> Content:
    """The acting keys as lines, `width` cells wide: the keys right-aligned,
    then what they do (wrapped), in groups: where the cursor is, the
    screen, everywhere, and a text box's own editing keys."""
    grouped: dict[str, list[ActingKey]] = {title: [] for title in (*GROUPS, NOT_HERE)}
    for acting in acting_keys(screen):
        grouped[_group(acting)].append(acting)
    grouped[NOT_HERE] = dimmed_keys(screen)
    lines: list[Content] = []
    text_width = max(8, width - KEY_WIDTH - 1)
    for title, entries in grouped.items():
        if not entries:
            continue
        if lines:
            lines.append(Content(""))
        lines.append(plain(title, "bold underline $text-primary"))
        for acting in entries:
            keys = plain_cut(" ".join(acting.keys), KEY_WIDTH, "bold $text-accent")
            keys = keys.pad_left(KEY_WIDTH - keys.cell_length)
            described = wrap(acting.description, text_width) or [""]
            lines.append(join(keys, " ", plain(described[0])))
            lines.extend(plain(" " * (KEY_WIDTH + 1) + more) for more in described[1:])
    return Content("\n").join(lines)


class KeysPanel(VerticalScroll, can_focus=False):
    """The keys that act on this screen, kept current as focus and state change.

    Mounted the first time `?` is pressed on a screen and kept after: `?`
    then shows and hides it (`display`). Mounting it again each time cost a
    compose, its styles and a layout more than showing it does.
    """

    DEFAULT_CSS = """
    KeysPanel {
        split: right;
        width: 36;
        /* at 80 columns and more, 36; below, the keys still readable: at 40
           columns half the width cut every description to 2 or 3 letters
           (a user's trial), and the panes are there again at `?` */
        max-width: 90%;
        padding: 0 1;
        border-left: vkey $foreground 30%;
        background: $surface;
    }
    KeysPanel > Static {
        width: auto;
    }
    KeysPanel > #keys-more {
        dock: bottom;
        width: 1fr;
        height: 1;
        display: none;
        background: $surface;
        color: $text-muted;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="keys-table")
        # Focus stays in the list, whose keys move the list: `?` again shows the
        # keys below the panel's edge (at 80x24 the "Everywhere" keys were out
        # of reach of the keyboard: a new user's trial).
        yield Static(plain("? more keys ↓", "italic"), id="keys-more")

    def __init__(self) -> None:
        super().__init__()
        #: widgets whose scroll keys depend on their size, watched for it
        self._watched: set[int] = set()
        #: the table shown, and the width it was made for
        self._shown: tuple[Content, int] | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.watch(self, "scroll_y", self._say_more, init=False)
        self.watch(self, "virtual_size", self._say_more, init=False)
        self.show_keys()

    def _say_more(self, _changed: object = None) -> None:
        """The line that says `?` shows more, while there is more below."""
        more = self.query_one("#keys-more", Static)
        more.display = self.scroll_y < self.max_scroll_y

    def more_below(self) -> bool:
        return self.scroll_y < self.max_scroll_y

    def next_page(self) -> None:
        self.scroll_page_down(animate=False)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.call_after_refresh(self.show_keys)

    def on_resize(self) -> None:
        self.show_keys()
        self._say_more()

    def show_keys(self, _changed: object = None) -> None:
        """Make the table again, and show it if it differs from the one shown.

        Nothing while the panel is hidden: `?` shows it with a table made then.
        """
        if not self.is_attached or not self.display:
            return
        width = self.scrollable_content_region.width or 34
        table = keys_table(self.screen, width)
        shown = self._shown
        if shown is None or shown[1] != width or not same_content(shown[0], table):
            # Its size changes only with its lines' count and widths: the same
            # table at another width (the panel resized) is drawn again, not
            # laid out again.
            relayout = shown is None or _extent(shown[0]) != _extent(table)
            self._shown = (table, width)
            self.query_one("#keys-table", Static).update(table, layout=relayout)
        # A list's scroll keys act once it overflows, which it may do for a
        # moment as this panel takes its room: when its size settles, again.
        for active in self.screen.active_bindings.values():
            node = active.node
            scrolls = active.binding in _SCROLL_BINDINGS and isinstance(node, Widget)
            if scrolls and id(node) not in self._watched:
                self._watched.add(id(node))
                self.watch(node, "virtual_size", self.show_keys, init=False)


def _panel(screen: Screen[object]) -> KeysPanel | None:
    panels = screen.query(KeysPanel)
    return panels.first() if panels else None


def showing_keys_panel(screen: Screen[object]) -> bool:
    """Whether `screen` shows its keys panel now."""
    panel = _panel(screen)
    return panel is not None and panel.display


#: On a screen while its keys panel shows: its notices stand at the left
#: (app.tcss), not over the panel's keys (a first reader's trial at 80×24: the
#: notice of a copy hid the keys it had opened the panel to read).
KEYS_SHOWN = "-keys-shown"


def show_keys_panel(screen: Screen[object]) -> None:
    panel = _panel(screen)
    screen.add_class(KEYS_SHOWN)
    if panel is None:
        screen.mount(KeysPanel())
    elif not panel.display:
        panel.display = True
        panel.scroll_home(animate=False)
        panel.show_keys()


def hide_keys_panel(screen: Screen[object]) -> None:
    panel = _panel(screen)
    screen.remove_class(KEYS_SHOWN)
    if panel is not None:
        panel.display = False


def toggle_keys_panel(screen: Screen[object]) -> None:
    """Show the panel; with keys below its edge, the next page of them; else hide it."""
    panel = _panel(screen)
    if panel is not None and panel.display and panel.more_below():
        panel.next_page()
    elif showing_keys_panel(screen):
        hide_keys_panel(screen)
    else:
        show_keys_panel(screen)


def _extent(table: Content) -> tuple[int, int]:
    """How many lines `table` has, and how wide the widest is."""
    lines = table.split("\n")
    return len(lines), max(line.cell_length for line in lines)
