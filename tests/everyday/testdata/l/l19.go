package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

type ctxKey int

const (
	requestIDKey ctxKey = iota
	userKey
	traceKey
)

type User struct {
	Name  string
	Admin bool
}

type trace struct{ spans []string }

func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func RequestID(ctx context.Context) string {
	if id, ok := ctx.Value(requestIDKey).(string); ok {
		return id
	}
	return "-"
}

func UserFrom(ctx context.Context) (User, bool) {
	u, ok := ctx.Value(userKey).(User)
	return u, ok
}

func span(ctx context.Context, name string) {
	if t, ok := ctx.Value(traceKey).(*trace); ok {
		t.spans = append(t.spans, fmt.Sprintf("%s[%s]", name, RequestID(ctx)))
	}
}

var ErrForbidden = errors.New("forbidden")

// processBatch stops early when the context is cancelled mid-way.
func processBatch(ctx context.Context, items []string, cancelAfter int, cancel context.CancelFunc) ([]string, error) {
	span(ctx, "processBatch")
	u, ok := UserFrom(ctx)
	if !ok || !u.Admin {
		return nil, fmt.Errorf("request %s: %w", RequestID(ctx), ErrForbidden)
	}
	var done []string
	for i, it := range items {
		select {
		case <-ctx.Done():
			return done, fmt.Errorf("stopped at item %d: %w", i, context.Cause(ctx))
		default:
		}
		done = append(done, strings.ToUpper(it))
		if i+1 == cancelAfter {
			cancel()
		}
	}
	return done, nil
}

func main() {
	tr := &trace{}
	root := context.WithValue(context.Background(), traceKey, tr)

	type call struct {
		id          string
		user        *User
		cancelAfter int
		withCause   bool
	}
	calls := []call{
		{"req-1", &User{"root", true}, 0, false},
		{"req-2", &User{"guest", false}, 0, false},
		{"req-3", nil, 0, false},
		{"req-4", &User{"ops", true}, 2, false},
		{"req-5", &User{"ops", true}, 3, true},
	}
	items := []string{"alpha", "bravo", "charlie", "delta"}

	for _, c := range calls {
		ctx := WithRequestID(root, c.id)
		if c.user != nil {
			ctx = context.WithValue(ctx, userKey, *c.user)
		}
		var cancel context.CancelFunc
		if c.withCause {
			var cc context.CancelCauseFunc
			ctx, cc = context.WithCancelCause(ctx)
			cancel = func() { cc(errors.New("quota exceeded")) }
		} else {
			ctx, cancel = context.WithCancel(ctx)
		}
		out, err := processBatch(ctx, items, c.cancelAfter, cancel)
		cancel()
		fmt.Printf("%s: out=%v\n", c.id, out)
		if err != nil {
			fmt.Printf("   err=%v forbidden=%t canceled=%t\n", err,
				errors.Is(err, ErrForbidden), errors.Is(err, context.Canceled))
		}
		fmt.Printf("   ctx.Err after cancel: %v\n", ctx.Err())
	}
	fmt.Println("trace:", strings.Join(tr.spans, " "))
}
