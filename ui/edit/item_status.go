package edit

import (
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// itemStatus shows the item's board column with the moves the board allows
// from it, the Accept and Reject buttons of a Done item, and the last
// acceptance decision.
type itemStatus struct {
	ed *itemEditor

	current *widget.Label // "In progress"
	note    *widget.Label // what the status means now

	accept, reject *widget.Button
	decide         *fyne.Container // Accept and Reject, for Done items

	moves    map[app.Status]*widget.Button
	moveBox  *fyne.Container
	moveHead *widget.Label // "Move to" or "Reopen to"
	blocked  *widget.Label // why the disabled moves are disabled

	last *itemDecisionBanner

	box *fyne.Container
}

func newItemStatus(ed *itemEditor) *itemStatus {
	s := &itemStatus{ed: ed, moves: map[app.Status]*widget.Button{}}
	s.current = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.current.SizeName = theme.SizeNameSubHeadingText
	s.note = itemWrapLabel("")

	s.accept = widget.NewButtonWithIcon("Accept", theme.ConfirmIcon(), func() { s.onMove(app.StatusAccepted) })
	s.accept.Importance = widget.SuccessImportance
	s.reject = widget.NewButtonWithIcon("Reject…", theme.CancelIcon(), func() { s.onMove(app.StatusInProgress) })
	s.reject.Importance = widget.DangerImportance
	// Tall buttons: the accept step is the product owner's main decision.
	tall := &itemHeightLayout{height: 1.6 * s.accept.MinSize().Height}
	s.decide = container.NewGridWithColumns(2, container.New(tall, s.accept), container.New(tall, s.reject))

	var buttons []fyne.CanvasObject
	for _, to := range app.Statuses {
		b := widget.NewButton(to.Title(), func() { s.onMove(to) })
		s.moves[to] = b
		buttons = append(buttons, b)
	}
	s.moveBox = container.NewHBox(buttons...)
	s.moveHead = itemDimLabel("Move to")
	s.blocked = itemWrapLabel("")
	s.blocked.Importance = widget.WarningImportance
	s.last = newItemDecisionBanner()

	s.box = container.NewVBox(container.NewBorder(nil, nil, s.current, nil, s.note), s.decide,
		container.NewHBox(s.moveHead, s.moveBox), s.blocked, s.last.box)
	return s
}

func (s *itemStatus) object() fyne.CanvasObject { return s.box }

// itemMove is what a move to a status takes.
type itemMove struct {
	allowed    bool   // the rules allow it, possibly with a reason
	needReason bool   // it asks for a reason
	problem    string // why not, or why it needs a reason
}

func (s *itemStatus) move(to app.Status) itemMove {
	ws := s.ed.env.WS
	err := app.CanMove(ws, s.ed.id, to, "")
	if err == nil {
		return itemMove{allowed: true}
	}
	if app.CanMove(ws, s.ed.id, to, "a reason") == nil {
		return itemMove{allowed: true, needReason: true, problem: itemRuleMessage(err)}
	}
	return itemMove{problem: itemRuleMessage(err)}
}

func (s *itemStatus) refresh(it *app.Item, ro bool) {
	itemSetLabel(s.current, it.Status.Title())
	done := it.Status == app.StatusDone
	met, total := it.CriteriaMet()
	switch it.Status {
	case app.StatusNew:
		itemSetLabel(s.note, "Not groomed yet: Ready needs acceptance criteria and an estimate.")
	case app.StatusReady:
		itemSetLabel(s.note, "Groomed and waiting to be picked up.")
	case app.StatusInProgress:
		itemSetLabel(s.note, "Being built.")
	case app.StatusDone:
		itemSetLabel(s.note, fmt.Sprintf("Done and awaiting acceptance: %d/%d criteria met.", met, total))
	case app.StatusAccepted:
		itemSetLabel(s.note, "Accepted. Reopening it asks for a reason.")
	default:
		itemSetLabel(s.note, "")
	}
	itemSetVisible(done, s.decide)
	if done {
		m := s.move(app.StatusAccepted)
		if m.needReason {
			s.accept.SetText("Accept…")
		} else {
			s.accept.SetText("Accept")
		}
		itemEnable(!ro && m.allowed, s.accept)
		itemEnable(!ro && s.move(app.StatusInProgress).allowed, s.reject)
	}

	// The other columns, in board order; a Done item's Accept and Reject
	// stand for its moves to Accepted and In progress.
	var blocked []string
	byProblem := map[string][]string{}
	for _, to := range app.Statuses {
		b := s.moves[to]
		if to == it.Status || done && (to == app.StatusAccepted || to == app.StatusInProgress) {
			itemSetVisible(false, b)
			itemEnable(false, b)
			continue
		}
		itemSetVisible(true, b)
		m := s.move(to)
		text := to.Title()
		switch {
		case to.Index() < it.Status.Index():
			text = "← " + text
		default:
			text += " →"
		}
		if m.needReason {
			text += "…"
		}
		if b.Text != text {
			b.SetText(text)
		}
		itemEnable(!ro && m.allowed, b)
		if !m.allowed {
			if _, seen := byProblem[m.problem]; !seen {
				blocked = append(blocked, m.problem)
			}
			byProblem[m.problem] = append(byProblem[m.problem], to.Title())
		}
	}
	if it.Status == app.StatusAccepted {
		itemSetLabel(s.moveHead, "Reopen to")
	} else {
		itemSetLabel(s.moveHead, "Move to")
	}
	var lines []string
	for _, p := range blocked {
		lines = append(lines, strings.Join(byProblem[p], ", ")+": "+p+".")
	}
	if done {
		if m := s.move(app.StatusAccepted); m.needReason {
			lines = append(lines, "Accept: "+m.problem+".")
		}
	}
	itemSetLabel(s.blocked, strings.Join(lines, "\n"))
	itemSetVisible(len(lines) > 0, s.blocked)

	s.last.refresh(it)
}

// onMove moves the item to `to`, asking for a reason when the rules want
// one: an acceptance with unmet criteria, a rejection, a reopening.
func (s *itemStatus) onMove(to app.Status) {
	ed := s.ed
	it, ok := ed.item()
	if !ok || ed.env.ReadOnly() {
		return
	}
	from := it.Status
	cmd := func(reason string) app.Command {
		switch {
		case from == app.StatusDone && to == app.StatusAccepted:
			return app.Accept(ed.id, reason)
		case from == app.StatusDone && to == app.StatusInProgress:
			return app.Reject(ed.id, reason)
		}
		return app.Move(ed.id, to, reason)
	}
	m := s.move(to)
	if !m.allowed || !m.needReason {
		ed.do(cmd("")) // a refusal is shown by Env.Do
		return
	}
	var title, msg, confirm string
	switch {
	case from == app.StatusDone && to == app.StatusAccepted:
		met, total := it.CriteriaMet()
		title, confirm = "Accept with unmet criteria", "Accept"
		msg = fmt.Sprintf("%d of %d acceptance criteria are not met. Why accept “%s” anyway? The reason is kept as the override.",
			total-met, total, app.Called(it))
	case from == app.StatusDone && to == app.StatusInProgress:
		title, confirm = "Reject item", "Reject"
		msg = fmt.Sprintf("Why is “%s” rejected? It goes back to In progress with the reason kept.", app.Called(it))
	case from == app.StatusAccepted:
		title, confirm = "Reopen item", "Reopen"
		msg = fmt.Sprintf("Why reopen “%s”? It moves from Accepted to %s with the reason kept.", app.Called(it), to.Title())
	default:
		title, confirm = "Move to "+to.Title(), "Move"
		msg = m.problem + "."
	}
	itemAskReason(ed.env.Window, title, msg, confirm, func(reason string) { ed.do(cmd(reason)) })
}

// itemDecisionBanner shows the latest acceptance or rejection prominently.
type itemDecisionBanner struct {
	bg     *canvas.Rectangle
	icon   *widget.Icon
	head   *widget.Label // "Accepted by Priya Raman on 2026-10-02 14:03"
	reason *widget.Label
	box    *fyne.Container
}

func newItemDecisionBanner() *itemDecisionBanner {
	b := &itemDecisionBanner{bg: canvas.NewRectangle(color.Transparent), icon: widget.NewIcon(nil)}
	b.bg.CornerRadius = theme.Size(theme.SizeNameInputRadius)
	b.head = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	b.head.Wrapping = fyne.TextWrapWord
	b.reason = itemWrapLabel("")
	b.box = container.NewStack(b.bg, container.NewPadded(
		container.NewBorder(nil, nil, container.NewVBox(b.icon), nil, itemTight(b.head, b.reason))))
	return b
}

func (b *itemDecisionBanner) refresh(it *app.Item) {
	d, ok := it.LastDecision()
	itemSetVisible(ok, b.box)
	if !ok {
		return
	}
	name := theme.ColorNameSuccess
	b.icon.SetResource(theme.ConfirmIcon())
	if d.Kind == app.DecisionRejected {
		name = theme.ColorNameError
		b.icon.SetResource(theme.CancelIcon())
	}
	r, g, bl, _ := theme.Color(name).RGBA()
	b.bg.FillColor = color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(bl >> 8), A: 0x30}
	b.bg.Refresh()
	head := fmt.Sprintf("%s by %s on %s", d.Kind.Title(), itemWho(d), itemWhen(d))
	if i := slices.IndexFunc(it.History, func(x app.Decision) bool { return x == d }); i >= 0 && i < len(it.History)-1 {
		head += " — since moved to " + it.Status.Title()
	}
	itemSetLabel(b.head, head)
	switch {
	case d.Reason != "" && d.Kind == app.DecisionAccepted:
		itemSetLabel(b.reason, "Override reason: "+d.Reason)
	case d.Reason != "":
		itemSetLabel(b.reason, "Reason: "+d.Reason)
	default:
		itemSetLabel(b.reason, "No reason recorded: every criterion was met.")
	}
}
