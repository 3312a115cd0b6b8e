// An in-memory bookmarks API using Go 1.22+ ServeMux patterns, exercised
// through httptest recorders (no network involved).
package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
)

type Bookmark struct {
	ID    int      `json:"id"`
	URL   string   `json:"url"`
	Title string   `json:"title"`
	Tags  []string `json:"tags,omitempty"`
}

type Store struct {
	mu     sync.Mutex
	nextID int
	items  map[int]Bookmark
}

func (s *Store) list(tag string) []Bookmark {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Bookmark
	for _, b := range s.items {
		if tag == "" || slices.Contains(b.Tags, tag) {
			out = append(out, b)
		}
	}
	slices.SortFunc(out, func(a, b Bookmark) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Store) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /bookmarks", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, s.list(r.URL.Query().Get("tag")))
	})
	mux.HandleFunc("POST /bookmarks", func(w http.ResponseWriter, r *http.Request) {
		var b Bookmark
		if err := json.NewDecoder(r.Body).Decode(&b); err != nil || b.URL == "" {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "url is required"})
			return
		}
		s.mu.Lock()
		s.nextID++
		b.ID = s.nextID
		s.items[b.ID] = b
		s.mu.Unlock()
		writeJSON(w, http.StatusCreated, b)
	})
	mux.HandleFunc("GET /bookmarks/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(r.PathValue("id"))
		s.mu.Lock()
		b, ok := s.items[id]
		s.mu.Unlock()
		if err != nil || !ok {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "no bookmark " + r.PathValue("id")})
			return
		}
		writeJSON(w, http.StatusOK, b)
	})
	mux.HandleFunc("DELETE /bookmarks/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, _ := strconv.Atoi(r.PathValue("id"))
		s.mu.Lock()
		_, ok := s.items[id]
		delete(s.items, id)
		s.mu.Unlock()
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /tags/{tags...}", func(w http.ResponseWriter, r *http.Request) {
		// /tags/go/web matches bookmarks carrying every listed tag
		var want []string
		for t := range strings.SplitSeq(r.PathValue("tags"), "/") {
			if t != "" {
				want = append(want, t)
			}
		}
		var hits []string
		for _, b := range s.list("") {
			if !slices.ContainsFunc(want, func(t string) bool { return !slices.Contains(b.Tags, t) }) {
				hits = append(hits, b.Title)
			}
		}
		writeJSON(w, http.StatusOK, map[string]any{"tags": want, "titles": hits})
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "bookmarks service\n")
	})
	return mux
}

func do(h http.Handler, method, target, body string) {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	resp := strings.TrimSpace(rec.Body.String())
	if len(resp) > 110 {
		resp = resp[:110] + "..."
	}
	extra := ""
	if allow := rec.Header().Get("Allow"); allow != "" {
		extra = " [Allow: " + allow + "]"
	}
	fmt.Printf("%-6s %-26s -> %d%s\n", method, target, rec.Code, extra)
	if resp != "" {
		fmt.Printf("       %s\n", resp)
	}
}

func main() {
	store := &Store{items: map[int]Bookmark{}}
	h := store.routes()

	do(h, "GET", "/", "")
	do(h, "POST", "/bookmarks", `{"url":"https://go.dev","title":"Go","tags":["go","lang"]}`)
	do(h, "POST", "/bookmarks", `{"url":"https://pkg.go.dev/net/http","title":"net/http docs","tags":["go","web"]}`)
	do(h, "POST", "/bookmarks", `{"url":"https://example.org/css","title":"CSS tricks","tags":["web"]}`)
	do(h, "POST", "/bookmarks", `{"title":"missing url"}`)
	do(h, "GET", "/bookmarks", "")
	do(h, "GET", "/bookmarks?tag=web", "")
	do(h, "GET", "/bookmarks/2", "")
	do(h, "GET", "/bookmarks/42", "")
	do(h, "GET", "/tags/go/web", "")
	do(h, "GET", "/tags/web", "")
	do(h, "DELETE", "/bookmarks/1", "")
	do(h, "DELETE", "/bookmarks/1", "")
	do(h, "PUT", "/bookmarks/2", `{}`)
	do(h, "GET", "/nowhere", "")
	do(h, "GET", "/bookmarks", "")
}
