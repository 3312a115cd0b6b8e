package kernel

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func inputs(es []HistoryEntry) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, e.Input)
	}
	return out
}

func openHist(t *testing.T, p string) *History {
	t.Helper()
	h, err := OpenHistory(p)
	if err != nil {
		t.Fatalf("OpenHistory: %v", err)
	}
	return h
}

func TestHistoryQueries(t *testing.T) {
	p := filepath.Join(t.TempDir(), "sub", "history.jsonl") // directory is created
	h := openHist(t, p)
	defer h.Close()
	cells := []string{
		"a := 1",
		"fmt.Println(a)",
		"import \"net/http\"",
		"func f() {\n\treturn\n}",
		"a := 1",
		"b := a * 2",
	}
	for i, c := range cells {
		h.Add(i+1, c)
	}

	t.Run("range", func(t *testing.T) {
		got := h.Query(HistoryQuery{HistAccessType: "range", Session: 0, Start: 2, Stop: 4})
		if want := []string{cells[1], cells[2]}; !reflect.DeepEqual(inputs(got), want) {
			t.Errorf("range 2..4 = %q, want %q", inputs(got), want)
		}
		for _, e := range got {
			if e.Session != 1 {
				t.Errorf("session = %d, want 1", e.Session)
			}
		}
		if got := h.Query(HistoryQuery{HistAccessType: "range", Start: 1}); len(got) != len(cells) {
			t.Errorf("open-ended range = %d entries, want %d", len(got), len(cells))
		}
		if got := h.Query(HistoryQuery{HistAccessType: "range", Session: 1, Start: 6, Stop: 7}); !reflect.DeepEqual(inputs(got), []string{"b := a * 2"}) {
			t.Errorf("range by absolute session = %q", inputs(got))
		}
		if got := h.Query(HistoryQuery{HistAccessType: "range", Session: -1}); len(got) != 0 {
			t.Errorf("previous session (none) = %q", inputs(got))
		}
	})
	t.Run("tail", func(t *testing.T) {
		got := h.Query(HistoryQuery{HistAccessType: "tail", N: 2})
		if want := cells[4:]; !reflect.DeepEqual(inputs(got), want) {
			t.Errorf("tail 2 = %q, want %q", inputs(got), want)
		}
		if got := h.Query(HistoryQuery{HistAccessType: "tail", N: 100}); len(got) != len(cells) {
			t.Errorf("tail 100 = %d entries", len(got))
		}
		if got[0].Line != 5 || got[1].Line != 6 {
			t.Errorf("tail lines = %d,%d", got[0].Line, got[1].Line)
		}
	})
	t.Run("search", func(t *testing.T) {
		for _, tc := range []struct {
			pattern string
			unique  bool
			n       int
			want    []string
		}{
			{"a*", false, 0, []string{"a := 1", "a := 1"}},
			{"a*", true, 0, []string{"a := 1"}},
			{"*Println*", false, 0, []string{"fmt.Println(a)"}},
			{"*net*http*", false, 0, []string{cells[2]}}, // * crosses '/'
			{"*/*", false, 0, []string{cells[2]}},
			{"func*}", false, 0, []string{cells[3]}}, // * crosses newlines
			{"func f() {?\treturn?}", false, 0, []string{cells[3]}},
			{"?", false, 0, nil},
			{"b := a [*] 2", false, 0, nil}, // [ is literal, not a class
			{"b := a * 2", false, 0, []string{"b := a * 2"}},
			{"*:=*", false, 0, []string{"a := 1", "a := 1", "b := a * 2"}},
			{"*:=*", false, 2, []string{"a := 1", "b := a * 2"}},
			{"*:=*", true, 0, []string{"a := 1", "b := a * 2"}},
			{"", false, 0, cells},
			{"*(a)", false, 0, []string{"fmt.Println(a)"}}, // regexp metacharacters are literal
		} {
			got := h.Query(HistoryQuery{HistAccessType: "search", Pattern: tc.pattern, Unique: tc.unique, N: tc.n})
			want := tc.want
			if want == nil {
				want = []string{}
			}
			if !reflect.DeepEqual(inputs(got), want) {
				t.Errorf("search %q unique=%v n=%d = %q, want %q", tc.pattern, tc.unique, tc.n, inputs(got), want)
			}
		}
	})
}

func TestHistoryPersistsAcrossReopen(t *testing.T) {
	p := filepath.Join(t.TempDir(), "history.jsonl")
	h := openHist(t, p)
	h.Add(1, "x := 1")
	h.Add(2, "y := \"multi\nline\"")
	h.Close()
	h.Add(3, "after close") // memory only, must not panic

	h2 := openHist(t, p)
	defer h2.Close()
	if got := h2.Query(HistoryQuery{HistAccessType: "range", Session: 0}); len(got) != 0 {
		t.Errorf("new session starts non-empty: %q", inputs(got))
	}
	prev := h2.Query(HistoryQuery{HistAccessType: "range", Session: -1, Start: 1})
	if want := []string{"x := 1", "y := \"multi\nline\""}; !reflect.DeepEqual(inputs(prev), want) {
		t.Errorf("previous session = %q, want %q", inputs(prev), want)
	}
	h2.Add(1, "z := 3")
	cur := h2.Query(HistoryQuery{HistAccessType: "range", Session: 0})
	if len(cur) != 1 || cur[0].Session != 2 || cur[0].Line != 1 {
		t.Errorf("current session entries = %+v, want session 2 line 1", cur)
	}
	if tail := h2.Query(HistoryQuery{HistAccessType: "tail", N: 3}); !reflect.DeepEqual(inputs(tail), []string{"x := 1", "y := \"multi\nline\"", "z := 3"}) {
		t.Errorf("tail across sessions = %q", inputs(tail))
	}
	h2.Close()

	// Third open: session 3, a corrupt line is skipped.
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("{not json\n")
	f.Close()
	h3 := openHist(t, p)
	defer h3.Close()
	h3.Add(1, "w")
	if got := h3.Query(HistoryQuery{HistAccessType: "range"}); len(got) != 1 || got[0].Session != 3 {
		t.Errorf("third session = %+v, want session 3", got)
	}
	if got := h3.Query(HistoryQuery{HistAccessType: "search", Pattern: "*"}); len(got) != 4 {
		t.Errorf("all entries = %q, want 4", inputs(got))
	}
	if fi, err := os.Stat(p); err == nil && fi.Mode().Perm()&0o077 != 0 {
		t.Errorf("history file mode %v is readable by others", fi.Mode().Perm())
	}
}

func TestHistoryInMemory(t *testing.T) {
	h := openHist(t, "")
	h.Add(1, "a")
	if got := h.Query(HistoryQuery{HistAccessType: "range"}); len(got) != 1 || got[0].Session != 1 {
		t.Errorf("memory history = %+v", got)
	}
	h.Close()
}

func TestHistoryUnwritable(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	// The parent "directory" is a file: OpenHistory reports an error but
	// still returns a usable in-memory history.
	h, err := OpenHistory(filepath.Join(blocker, "history.jsonl"))
	if err == nil {
		t.Error("no error for an unwritable path")
	}
	if h == nil {
		t.Fatal("nil history on error")
	}
	h.Add(1, "still works")
	if got := h.Query(HistoryQuery{HistAccessType: "tail", N: 1}); len(got) != 1 {
		t.Errorf("degraded history = %+v", got)
	}
}

func TestHistoryRequest(t *testing.T) {
	hist := openHist(t, filepath.Join(t.TempDir(), "h.jsonl"))
	h := startKernel(t, withHistory(hist))
	h.run(t, executeReq("ok", nil))
	h.run(t, executeReq("result", nil))
	h.run(t, executeReq("ok", map[string]any{"store_history": false})) // not recorded
	h.run(t, executeReq("ok", map[string]any{"silent": true}))         // not recorded

	r := replyOf(t, h.run(t, request("history_request", map[string]any{
		"hist_access_type": "tail", "n": 10, "output": false, "raw": true,
	})), "history_reply")
	if r.content["status"] != "ok" {
		t.Fatalf("history_reply = %v", r.content)
	}
	hl, _ := r.content["history"].([]any)
	if len(hl) != 2 {
		t.Fatalf("history = %v, want 2 entries", r.content["history"])
	}
	want := []any{float64(1), float64(2), "result"}
	if !reflect.DeepEqual(hl[1], want) {
		t.Errorf("entry = %v, want %v", hl[1], want)
	}

	r = replyOf(t, h.run(t, request("history_request", map[string]any{
		"hist_access_type": "search", "pattern": "res*", "output": true,
	})), "history_reply")
	hl, _ = r.content["history"].([]any)
	if len(hl) != 1 {
		t.Fatalf("search history = %v", r.content["history"])
	}
	e := hl[0].([]any)
	if io, ok := e[2].([]any); !ok || len(io) != 2 || io[0] != "result" {
		t.Errorf("with output: entry = %v, want [session, line, [input, output]]", e)
	}

	// Empty results are a list, not null.
	r = replyOf(t, h.run(t, request("history_request", map[string]any{"hist_access_type": "search", "pattern": "nothing*"})), "history_reply")
	if l, ok := r.content["history"].([]any); !ok || len(l) != 0 {
		t.Errorf("empty history = %#v", r.content["history"])
	}
}

func TestHistoryRequestWithoutHistory(t *testing.T) {
	h := startKernel(t)
	r := replyOf(t, h.run(t, request("history_request", map[string]any{"hist_access_type": "tail", "n": 3})), "history_reply")
	if l, ok := r.content["history"].([]any); !ok || len(l) != 0 || r.content["status"] != "ok" {
		t.Errorf("history_reply without history = %v", r.content)
	}
}
