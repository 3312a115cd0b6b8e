package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

type ctxKey string

const (
	keyTrace ctxKey = "trace"
	keyUser  ctxKey = "user"
)

type Call struct {
	Service string
	Method  string
	Args    []string
}

func (c Call) String() string {
	return c.Service + "." + c.Method + "(" + strings.Join(c.Args, ",") + ")"
}

// Handler mirrors net/http: an interface plus a func adapter.
type Handler interface {
	Handle(ctx context.Context, c Call) (string, error)
}

type HandlerFunc func(ctx context.Context, c Call) (string, error)

func (f HandlerFunc) Handle(ctx context.Context, c Call) (string, error) { return f(ctx, c) }

type Interceptor func(Handler) Handler

func Use(h Handler, chain ...Interceptor) Handler {
	for i := len(chain) - 1; i >= 0; i-- {
		h = chain[i](h)
	}
	return h
}

var ErrTransient = errors.New("transient failure")
var ErrPermission = errors.New("permission denied")

// FakeClock advances only when told, so timings are deterministic.
type FakeClock struct{ ms int }

func (c *FakeClock) Now() int       { return c.ms }
func (c *FakeClock) Advance(ms int) { c.ms += ms }

func Tracing(trace *[]string) Interceptor {
	n := 0
	return func(next Handler) Handler {
		return HandlerFunc(func(ctx context.Context, c Call) (string, error) {
			n++
			id := fmt.Sprintf("t%02d", n)
			ctx = context.WithValue(ctx, keyTrace, id)
			out, err := next.Handle(ctx, c)
			*trace = append(*trace, fmt.Sprintf("%s %-28s err=%v", id, c, err))
			return out, err
		})
	}
}

func Timing(clock *FakeClock, slow int) Interceptor {
	return func(next Handler) Handler {
		return HandlerFunc(func(ctx context.Context, c Call) (string, error) {
			start := clock.Now()
			out, err := next.Handle(ctx, c)
			if d := clock.Now() - start; d >= slow {
				fmt.Printf("   [slow] %s took %dms (trace %v)\n", c, d, ctx.Value(keyTrace))
			}
			return out, err
		})
	}
}

func Retry(attempts int) Interceptor {
	return func(next Handler) Handler {
		return HandlerFunc(func(ctx context.Context, c Call) (out string, err error) {
			for i := 1; i <= attempts; i++ {
				out, err = next.Handle(ctx, c)
				if !errors.Is(err, ErrTransient) {
					return out, err
				}
				fmt.Printf("   [retry] %s attempt %d failed\n", c, i)
			}
			return "", fmt.Errorf("gave up after %d attempts: %w", attempts, err)
		})
	}
}

func RequireRole(role string, methods ...string) Interceptor {
	guarded := map[string]bool{}
	for _, m := range methods {
		guarded[m] = true
	}
	return func(next Handler) Handler {
		return HandlerFunc(func(ctx context.Context, c Call) (string, error) {
			if guarded[c.Method] {
				user, _ := ctx.Value(keyUser).(string)
				if !strings.HasSuffix(user, ":"+role) {
					return "", fmt.Errorf("%s requires %s: %w", c.Method, role, ErrPermission)
				}
			}
			return next.Handle(ctx, c)
		})
	}
}

func main() {
	clock := &FakeClock{}
	flaky := map[string]int{"Sync": 2, "Export": 5}

	service := HandlerFunc(func(ctx context.Context, c Call) (string, error) {
		switch c.Method {
		case "Get":
			clock.Advance(12)
			return "item " + c.Args[0], nil
		case "Sync":
			clock.Advance(40)
			if flaky["Sync"] > 0 {
				flaky["Sync"]--
				return "", ErrTransient
			}
			return "synced", nil
		case "Export":
			clock.Advance(300)
			flaky["Export"]--
			return "", ErrTransient
		case "Delete":
			clock.Advance(5)
			return "deleted " + c.Args[0], nil
		}
		return "", fmt.Errorf("unknown method %s", c.Method)
	})

	var trace []string
	h := Use(service,
		Tracing(&trace),
		Timing(clock, 100),
		RequireRole("admin", "Delete", "Export"),
		Retry(3),
	)

	calls := []struct {
		user string
		call Call
	}{
		{"ann:viewer", Call{"store", "Get", []string{"42"}}},
		{"ann:viewer", Call{"store", "Sync", nil}},
		{"ann:viewer", Call{"store", "Delete", []string{"42"}}},
		{"bo:admin", Call{"store", "Delete", []string{"42"}}},
		{"bo:admin", Call{"store", "Export", []string{"csv"}}},
		{"", Call{"store", "Purge", nil}},
	}
	for _, c := range calls {
		ctx := context.WithValue(context.Background(), keyUser, c.user)
		fmt.Printf("%s as %q\n", c.call, c.user)
		out, err := h.Handle(ctx, c.call)
		switch {
		case errors.Is(err, ErrPermission):
			fmt.Println("   -> forbidden:", err)
		case errors.Is(err, ErrTransient):
			fmt.Println("   -> unavailable:", err)
		case err != nil:
			fmt.Println("   -> error:", err)
		default:
			fmt.Println("   -> ok:", out)
		}
	}
	fmt.Printf("\nclock at %dms; export budget left %d\n", clock.Now(), flaky["Export"])
	fmt.Println("trace:")
	for _, t := range trace {
		fmt.Println("  ", t)
	}
}
