package xlsx

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"canopy/app"
)

func readCSV(t *testing.T, text string, ws *app.Workspace) *ImportPlan {
	t.Helper()
	p, err := ReadBacklogCSV(strings.NewReader(text), ws)
	if err != nil {
		t.Fatalf("ReadBacklogCSV: %v", err)
	}
	return p
}

// apply applies p to ws and fails on any refusal.
func apply(t *testing.T, ws *app.Workspace, p *ImportPlan) {
	t.Helper()
	if err := ws.Do(p.Command()); err != nil {
		t.Fatalf("apply: %v\n%s", err, strings.Join(p.Lines(), "\n"))
	}
	if len(p.Result.Refusals) > 0 {
		t.Fatalf("refusals: %v", p.Result.Lines(ws))
	}
}

func taggedItem(t *testing.T, ws *app.Workspace, tag string) *app.Item {
	t.Helper()
	var found []*app.Item
	for _, it := range ws.Items() {
		if slices.Contains(it.Tags, tag) {
			found = append(found, it)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d items tagged %s, want 1", len(found), tag)
	}
	return found[0]
}

// jiraCSV is a Jira export: the rows in progress carry the acceptance
// criteria and estimate Canopy's rules want of an item past Ready.
const jiraCSV = "Summary,Issue key,Status,Issue Type,Description,Labels,Labels,Custom field (Story Points),Assignee,Priority,Custom field (Acceptance Criteria)\n" +
	"Login with SSO,CAN-1,To Do,Story,\"Users sign in\nwith SSO\",auth,web,5,ana,High,\n" +
	"Crash on save,CAN-2,In Progress,Bug,,bug,,3,ben,Highest,No crash on save\n" +
	"Upgrade Go,CAN-3,To Do,Task,,,,,,Low,\n" +
	"Billing,CAN-4,To Do,Epic,All of billing,billing,money,13,,Medium,\n" +
	"Dark mode,CAN-5,In Progress,Story,,ui,,2.5,cleo,Low,\"Dark theme\nFollows the system\"\n"

func TestJiraCSVTwiceDoesNotDuplicate(t *testing.T) {
	ws := sampleWorkspace(t)
	before := ws.Count(app.KindItem)
	p := readCSV(t, jiraCSV, ws)
	if p.New != 5 || p.Updated+p.Unchanged+p.Invalid != 0 {
		t.Fatalf("first import: %s\n%s", p.Summary(), strings.Join(p.Lines(), "\n"))
	}
	if !slices.ContainsFunc(p.Notes, func(n string) bool { return strings.Contains(n, "Priority") }) {
		t.Errorf("the Priority column is not noted: %q", p.Notes)
	}
	apply(t, ws, p)
	if got := ws.Count(app.KindItem); got != before+5 {
		t.Fatalf("%d items, want %d", got, before+5)
	}
	sso := taggedItem(t, ws, "jira:CAN-1")
	if sso.Title != "Login with SSO" || sso.Type != app.TypeStory || sso.Status != app.StatusNew ||
		sso.Description != "Users sign in\nwith SSO" || sso.Estimate != 5 || sso.Assignee != "ana" ||
		!slices.Equal(sortedSet(sso.Tags), []string{"auth", "jira:CAN-1", "web"}) {
		t.Errorf("CAN-1 became %+v", sso)
	}
	crash := taggedItem(t, ws, "jira:CAN-2")
	if crash.Type != app.TypeBug || crash.Status != app.StatusInProgress || crash.Estimate != 3 {
		t.Errorf("CAN-2 became %+v", crash)
	}
	if it := taggedItem(t, ws, "jira:CAN-3"); it.Type != app.TypeChore {
		t.Errorf("a Task became %s", it.Type)
	}
	if it := taggedItem(t, ws, "jira:CAN-4"); it.Type != app.TypeFeature || it.Estimate != 13 {
		t.Errorf("an Epic became %+v", it)
	}

	again := readCSV(t, jiraCSV, ws)
	if again.Unchanged != 5 || again.New+again.Updated+again.Invalid != 0 {
		t.Fatalf("second import: %s\n%s", again.Summary(), strings.Join(again.Lines(), "\n"))
	}

	// An edit in Jira updates the item tagged with the key.
	edited := strings.Replace(jiraCSV, "Crash on save,CAN-2,In Progress", "Crash on save (Windows),CAN-2,Done", 1)
	third := readCSV(t, edited, ws)
	if third.Updated != 1 || third.Unchanged != 4 || third.New+third.Invalid != 0 {
		t.Fatalf("edited import: %s\n%s", third.Summary(), strings.Join(third.Lines(), "\n"))
	}
	apply(t, ws, third)
	if got := ws.Count(app.KindItem); got != before+5 {
		t.Fatalf("%d items after the update, want %d", got, before+5)
	}
	if it := taggedItem(t, ws, "jira:CAN-2"); it.Title != "Crash on save (Windows)" || it.Status != app.StatusDone {
		t.Errorf("CAN-2 updated to %q %s", it.Title, it.Status)
	}
}

func TestJiraXLSX(t *testing.T) {
	ws := sampleWorkspace(t)
	f := excelize.NewFile()
	records := [][]string{
		{"Issue key", "Summary", "Status", "Labels", "Labels", "Story Points"},
		{"CAN-7", "From a workbook", "To Do", "a", "b", "8"},
	}
	for r, rec := range records {
		for c, v := range rec {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			var val any = v
			if r > 0 && c == 5 {
				val = 8
			}
			if err := f.SetCellValue("Sheet1", cell, val); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	p := readBack(t, buf.Bytes(), ws)
	if p.New != 1 || p.Invalid != 0 {
		t.Fatalf("%s\n%s", p.Summary(), strings.Join(p.Lines(), "\n"))
	}
	apply(t, ws, p)
	it := taggedItem(t, ws, "jira:CAN-7")
	if it.Estimate != 8 || it.Status != app.StatusNew || !slices.Equal(sortedSet(it.Tags), []string{"a", "b", "jira:CAN-7"}) {
		t.Errorf("became %+v", it)
	}
	if again := readBack(t, buf.Bytes(), ws); again.Unchanged != 1 || again.New+again.Updated+again.Invalid != 0 {
		t.Fatalf("again: %s\n%s", again.Summary(), strings.Join(again.Lines(), "\n"))
	}
}

const githubCSV = "number,title,body,state,labels,assignees,id,url\n" +
	"12,Flaky test,It fails on Mondays,open,\"bug, good first issue\",dora,I_kw1,https://github.com/o/r/issues/12\n" +
	"15,Ship 1.0,,closed,release,,I_kw2,https://github.com/o/r/issues/15\n"

func TestGitHubCSV(t *testing.T) {
	ws := sampleWorkspace(t)
	before := ws.Count(app.KindItem)
	p := readCSV(t, githubCSV, ws)
	if p.New != 2 || p.Invalid != 0 {
		t.Fatalf("%s\n%s", p.Summary(), strings.Join(p.Lines(), "\n"))
	}
	if err := ws.Do(p.Command()); err != nil {
		t.Fatal(err)
	}
	// A closed issue has no acceptance criteria: Canopy's rules keep it New.
	if len(p.Result.Created) != 2 || len(p.Result.Refusals) != 1 || p.Result.Refusals[0].Row.Row != 3 {
		t.Fatalf("result: %v", p.Result.Lines(ws))
	}
	flaky := taggedItem(t, ws, "github:12")
	if flaky.Title != "Flaky test" || flaky.Description != "It fails on Mondays" || flaky.Status != app.StatusNew ||
		flaky.Assignee != "dora" || !slices.Equal(sortedSet(flaky.Tags), []string{"bug", "github:12", "good first issue"}) {
		t.Errorf("#12 became %+v", flaky)
	}
	if it := taggedItem(t, ws, "github:15"); it.Status != app.StatusNew || it.Title != "Ship 1.0" {
		t.Errorf("#15 is %s", it.Status)
	}
	// The second import matches both rows by their key tag: nothing new,
	// only the status the rules refused is still to change.
	again := readCSV(t, githubCSV, ws)
	if again.Unchanged != 1 || again.Updated != 1 || again.New+again.Invalid != 0 || ws.Count(app.KindItem) != before+2 {
		t.Fatalf("second import: %s\n%s", again.Summary(), strings.Join(again.Lines(), "\n"))
	}
	if ch := again.Rows[1].Changes; len(ch) != 1 || ch[0] != "Status (New → Done)" {
		t.Errorf("second import changes %q", ch)
	}
}

func TestCSVBadStatus(t *testing.T) {
	ws := sampleWorkspace(t)
	for _, tc := range []struct{ name, text, want string }{
		{"canopy", "Title,Type,Status\nFine,bug,Ready\nBroken,bug,Doing\n", `CSV!C3 (Status): "Doing" is not a status; want `},
		{"jira", "Summary,Issue key,Status\nFine,K-1,To Do\nBroken,K-2,Blocked\n", `CSV!C3 (Status): "Blocked" is not a Jira status; want To Do, In Progress or Done`},
		{"github", "number,title,state\n1,Fine,open\n2,Broken,merged\n", `CSV!C3 (state): "merged" is not a GitHub status; want open or closed`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := readCSV(t, tc.text, ws)
			errs := p.Errors()
			if p.Invalid != 1 || p.New != 1 || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), tc.want) {
				t.Fatalf("%s; errors %v, want %q", p.Summary(), errs, tc.want)
			}
			if err := ws.Do(p.Command()); !errors.Is(err, ErrInvalidRows) {
				t.Errorf("applying with an invalid row: %v", err)
			}
		})
	}
}

func TestCSVDuplicateNewKey(t *testing.T) {
	p := readCSV(t, "Summary,Issue key\nOne,K-1\nTwo,K-1\n", sampleWorkspace(t))
	errs := p.Errors()
	if p.New != 1 || p.Invalid != 1 || len(errs) != 1 || errs[0].Cell() != "CSV!B3" {
		t.Fatalf("%s: %v", p.Summary(), errs)
	}
}

func TestCSVBoundsAndForms(t *testing.T) {
	ws := sampleWorkspace(t)
	// A byte order mark, semicolons and CRLF line ends.
	p := readCSV(t, "\ufeffTitle;Type\r\nWith BOM;bug\r\n", ws)
	if p.New != 1 || p.Invalid != 0 || p.Rows[0].item.Type != app.TypeBug {
		t.Fatalf("%s\n%s", p.Summary(), strings.Join(p.Lines(), "\n"))
	}
	// A cell over Excel's cell limit is taken whole: the limit is Excel's,
	// not CSV's (a 40 000-character issue body from GitHub or Jira).
	p = readCSV(t, "Title,Description\nLong,"+strings.Repeat("x", 40000)+"\n", ws)
	if p.Invalid != 0 || p.New != 1 || len(p.Rows[0].item.Description) != 40000 {
		t.Fatalf("long cell: %s %v", p.Summary(), p.Errors())
	}
	for _, tc := range []struct {
		name, text string
		large      bool
	}{
		{"too many rows", "Title\n" + strings.Repeat("x\n", MaxImportRows), true},
		{"too many columns", "Title" + strings.Repeat(",", maxCSVColumns) + "\n", true},
		{"too large", strings.Repeat("x", MaxImportBytes+1), true},
		{"not UTF-8", "Title\n\xff\xfe\n", false},
		{"xlsx", "PK\x03\x04rest", false},
		{"bad quotes", "Title\n\"open\n", false},
		{"empty", "", false},
		{"no title", "Foo,Bar\n1,2\n", false},
	} {
		_, err := ReadBacklogCSV(strings.NewReader(tc.text), ws)
		if err == nil || errors.Is(err, ErrTooLarge) != tc.large {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}
