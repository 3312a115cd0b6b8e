package kernel

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// HistoryEntry is one executed cell: the session number (one per kernel
// process), the execution count and the source.
type HistoryEntry struct {
	Session int    `json:"session"`
	Line    int    `json:"line"`
	Input   string `json:"input"`
}

// HistoryQuery is the content of a history_request.
type HistoryQuery struct {
	Output         bool   `json:"output"`
	Raw            bool   `json:"raw"`
	HistAccessType string `json:"hist_access_type"`
	Session        int    `json:"session"`
	Start          int    `json:"start"`
	Stop           int    `json:"stop"`
	N              int    `json:"n"`
	Pattern        string `json:"pattern"`
	Unique         bool   `json:"unique"`
}

// History keeps executed cells in a JSON-lines file so history survives
// kernel restarts (as IPython's history database does). A history that
// cannot be written degrades to memory only; it never fails a cell.
type History struct {
	mu      sync.Mutex
	entries []HistoryEntry
	session int
	f       *os.File
}

// OpenHistory loads the history file at path (created if missing) and
// starts a new session numbered after the last one recorded.
func OpenHistory(p string) (*History, error) {
	h := &History{}
	if p == "" {
		h.session = 1
		return h, nil
	}
	if f, err := os.Open(p); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var e HistoryEntry
			if json.Unmarshal(sc.Bytes(), &e) == nil {
				h.entries = append(h.entries, e)
				h.session = max(h.session, e.Session)
			}
		}
		f.Close()
	}
	h.session++
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return h, fmt.Errorf("history dir: %w", err)
	}
	f, err := os.OpenFile(p, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return h, fmt.Errorf("open history %s: %w", p, err)
	}
	h.f = f
	return h, nil
}

// Add records a cell of this session.
func (h *History) Add(line int, input string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	e := HistoryEntry{Session: h.session, Line: line, Input: input}
	h.entries = append(h.entries, e)
	if h.f != nil {
		b, _ := json.Marshal(e)
		_, _ = h.f.Write(append(b, '\n'))
	}
}

// Close closes the history file.
func (h *History) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.f != nil {
		h.f.Close()
		h.f = nil
	}
}

// Query answers a history_request: range, tail or search.
func (h *History) Query(q HistoryQuery) []HistoryEntry {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch q.HistAccessType {
	case "tail":
		return lastN(h.entries, q.N)
	case "search":
		var out []HistoryEntry
		seen := map[string]bool{}
		re := globRegexp(q.Pattern)
		for _, e := range h.entries {
			if !re.MatchString(e.Input) {
				continue
			}
			if q.Unique {
				if seen[e.Input] {
					continue
				}
				seen[e.Input] = true
			}
			out = append(out, e)
		}
		return lastN(out, q.N)
	default: // range
		session := q.Session
		if session <= 0 {
			session += h.session // 0 is this session, -1 the previous one
		}
		var out []HistoryEntry
		for _, e := range h.entries {
			if e.Session == session && e.Line >= q.Start && (q.Stop == 0 || e.Line < q.Stop) {
				out = append(out, e)
			}
		}
		return out
	}
}

func lastN(es []HistoryEntry, n int) []HistoryEntry {
	if n > 0 && len(es) > n {
		es = es[len(es)-n:]
	}
	return append([]HistoryEntry(nil), es...)
}

// globRegexp turns IPython's search glob (* and ?, matching across lines)
// into a regexp anchored at both ends.
func globRegexp(glob string) *regexp.Regexp {
	if glob == "" {
		glob = "*"
	}
	var b strings.Builder
	b.WriteString("(?s)^")
	for _, r := range glob {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	b.WriteString("$")
	return regexp.MustCompile(b.String())
}
