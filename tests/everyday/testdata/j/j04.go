// Command j04 models a service layer with struct embedding: promoted
// fields and methods, shadowing an embedded method, and explicit access
// to the embedded value.
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	Prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.Prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Dump() string { return strings.Join(l.lines, "\n") }

type Metrics struct {
	counts map[string]int
}

func (m *Metrics) Inc(name string) {
	if m.counts == nil {
		m.counts = map[string]int{}
	}
	m.counts[name]++
}

func (m Metrics) Name() string { return "metrics" }

type Store struct {
	data map[string]string
}

func (s *Store) Name() string { return "store" }

// UserService embeds a pointer to Logger and values of Metrics and Store.
// Both Metrics and Store have Name at depth 1, so s.Name is ambiguous unless
// UserService defines its own Name, which shadows both.
type UserService struct {
	*Logger
	Metrics
	Store
	Version int
}

func (u *UserService) Name() string {
	return fmt.Sprintf("users/v%d (%s+%s)", u.Version, u.Metrics.Name(), u.Store.Name())
}

// Logf shadows the promoted Logger.Logf and decorates it.
func (u *UserService) Logf(format string, args ...any) {
	u.Logger.Logf("[%s] "+format, append([]any{u.Name()}, args...)...)
}

func (u *UserService) Put(k, v string) {
	if u.data == nil { // promoted field from Store
		u.data = map[string]string{}
	}
	u.data[k] = v
	u.Inc("put") // promoted from Metrics (addressable, so pointer method works)
	u.Logf("put %s=%q", k, v)
}

func (u *UserService) Get(k string) (string, bool) {
	u.Inc("get")
	v, ok := u.data[k]
	u.Logf("get %s found=%t", k, ok)
	return v, ok
}

type Namer interface{ Name() string }

func main() {
	shared := &Logger{Prefix: "svc: "}
	svc := &UserService{Logger: shared, Version: 2}

	svc.Put("alice", "admin")
	svc.Put("bob", "viewer")
	if v, ok := svc.Get("alice"); ok {
		fmt.Println("alice is", v)
	}
	svc.Get("carol")

	// The embedded pointer is shared; writing through the raw Logger skips decoration.
	shared.Logf("raw line, prefix %q", svc.Prefix)
	fmt.Println(svc.Dump())

	fmt.Println("counts:", svc.counts)

	var n Namer = svc
	fmt.Println("Namer:", n.Name())
	var m Namer = svc.Metrics
	fmt.Println("embedded Metrics as Namer:", m.Name())

	// Store.Name has a pointer receiver; &svc.Store is addressable.
	var st Namer = &svc.Store
	fmt.Println("embedded *Store as Namer:", st.Name())

	type Audited struct {
		UserService
		Auditor string
	}
	a := Audited{UserService: UserService{Logger: &Logger{Prefix: "audit: "}, Version: 3}, Auditor: "eve"}
	a.Put("k", "v") // promoted through two levels
	fmt.Println(a.Dump())
	fmt.Printf("depth-2 promoted field Prefix=%q, Version=%d, Auditor=%s\n", a.Prefix, a.Version, a.Auditor)
}
