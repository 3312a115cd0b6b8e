package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Params map[string]string

type Handler func(p Params) string

type node struct {
	static   map[string]*node
	param    *node
	paramKey string
	wildcard string // name of catch-all, e.g. "filepath"
	wildH    map[string]Handler
	handlers map[string]Handler
}

func newNode() *node {
	return &node{static: map[string]*node{}, handlers: map[string]Handler{}, wildH: map[string]Handler{}}
}

type Router struct{ root *node }

var (
	ErrNotFound         = errors.New("404 not found")
	ErrMethodNotAllowed = errors.New("405 method not allowed")
)

type RouteConflict struct{ Pattern, Reason string }

func (e *RouteConflict) Error() string { return "route " + e.Pattern + ": " + e.Reason }

func segments(path string) []string {
	return strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
}

func (r *Router) Handle(method, pattern string, h Handler) error {
	n := r.root
	segs := segments(pattern)
	for i, s := range segs {
		switch {
		case strings.HasPrefix(s, "*"):
			if i != len(segs)-1 {
				return &RouteConflict{pattern, "catch-all must be last"}
			}
			if n.wildcard != "" && n.wildcard != s[1:] {
				return &RouteConflict{pattern, "conflicting catch-all *" + n.wildcard}
			}
			n.wildcard = s[1:]
			n.wildH[method] = h
			return nil
		case strings.HasPrefix(s, ":"):
			if n.param == nil {
				n.param, n.paramKey = newNode(), s[1:]
			} else if n.paramKey != s[1:] {
				return &RouteConflict{pattern, fmt.Sprintf("param :%s conflicts with :%s", s[1:], n.paramKey)}
			}
			n = n.param
		default:
			if n.static[s] == nil {
				n.static[s] = newNode()
			}
			n = n.static[s]
		}
	}
	if _, dup := n.handlers[method]; dup {
		return &RouteConflict{pattern, "duplicate " + method}
	}
	n.handlers[method] = h
	return nil
}

// lookup walks the trie preferring static, then param, then catch-all, with backtracking.
func (n *node) lookup(segs []string, p Params) map[string]Handler {
	if len(segs) == 0 {
		if len(n.handlers) > 0 {
			return n.handlers
		}
		return nil
	}
	if c := n.static[segs[0]]; c != nil {
		if hs := c.lookup(segs[1:], p); hs != nil {
			return hs
		}
	}
	if n.param != nil {
		if hs := n.param.lookup(segs[1:], p); hs != nil {
			p[n.paramKey] = segs[0]
			return hs
		}
	}
	if n.wildcard != "" {
		p[n.wildcard] = strings.Join(segs, "/")
		return n.wildH
	}
	return nil
}

func (r *Router) Serve(method, path string) (string, error) {
	p := Params{}
	hs := r.root.lookup(segments(path), p)
	if hs == nil {
		return "", fmt.Errorf("%s %s: %w", method, path, ErrNotFound)
	}
	h, ok := hs[method]
	if !ok {
		allowed := slices.Sorted(maps.Keys(hs))
		return "", fmt.Errorf("%s %s: %w (allow: %s)", method, path, ErrMethodNotAllowed, strings.Join(allowed, ", "))
	}
	return h(p), nil
}

func show(p Params) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(p)) {
		parts = append(parts, k+"="+p[k])
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	r := &Router{root: newNode()}
	reply := func(name string) Handler {
		return func(p Params) string { return name + " " + show(p) }
	}
	routes := [][3]string{
		{"GET", "/", "home"},
		{"GET", "/users", "listUsers"},
		{"POST", "/users", "createUser"},
		{"GET", "/users/:id", "getUser"},
		{"DELETE", "/users/:id", "deleteUser"},
		{"GET", "/users/me", "currentUser"},
		{"GET", "/users/:id/posts/:post", "getPost"},
		{"GET", "/static/*filepath", "static"},
		{"GET", "/users/:name/avatar", "bad-param"},
		{"GET", "/files/*a/b", "bad-wild"},
		{"POST", "/users", "dup"},
	}
	for _, rt := range routes {
		if err := r.Handle(rt[0], rt[1], reply(rt[2])); err != nil {
			var rc *RouteConflict
			if errors.As(err, &rc) {
				fmt.Printf("register %-6s %-26s rejected: %s\n", rt[0], rt[1], rc.Reason)
			}
		}
	}
	requests := [][2]string{
		{"GET", "/"}, {"GET", "/users/"}, {"POST", "/users"}, {"GET", "/users/42"},
		{"GET", "/users/me"}, {"DELETE", "/users/me"}, {"GET", "/users/7/posts/hello-world"},
		{"GET", "/static/css/site.css"}, {"GET", "/static/"}, {"PUT", "/users/9"},
		{"GET", "/nope"}, {"GET", "//users///42//"},
	}
	for _, rq := range requests {
		out, err := r.Serve(rq[0], rq[1])
		switch {
		case errors.Is(err, ErrNotFound):
			fmt.Printf("%-6s %-28s -> 404 (%v)\n", rq[0], rq[1], err)
		case errors.Is(err, ErrMethodNotAllowed):
			fmt.Printf("%-6s %-28s -> 405 (%v)\n", rq[0], rq[1], err)
		default:
			fmt.Printf("%-6s %-28s -> %s\n", rq[0], rq[1], out)
		}
	}
}
