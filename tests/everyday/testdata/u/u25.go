package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

type ctxKey int

const (
	requestIDKey ctxKey = iota
	userKey
)

type User struct {
	ID    int
	Roles []string
}

func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func RequestID(ctx context.Context) string {
	if id, ok := ctx.Value(requestIDKey).(string); ok {
		return id
	}
	return "-"
}

func UserFrom(ctx context.Context) (*User, bool) {
	u, ok := ctx.Value(userKey).(*User)
	return u, ok
}

func logf(ctx context.Context, sb *strings.Builder, format string, args ...any) {
	fmt.Fprintf(sb, "[%s] %s\n", RequestID(ctx), fmt.Sprintf(format, args...))
}

func handle(ctx context.Context, sb *strings.Builder, action string) error {
	u, ok := UserFrom(ctx)
	if !ok {
		logf(ctx, sb, "anonymous tried %s", action)
		return errors.New("unauthenticated")
	}
	logf(ctx, sb, "user %d (%s) does %s", u.ID, strings.Join(u.Roles, ","), action)
	return nil
}

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- string) {
	for {
		select {
		case <-ctx.Done():
			results <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case j, ok := <-jobs:
			if !ok {
				results <- fmt.Sprintf("worker %d: jobs closed", id)
				return
			}
			results <- fmt.Sprintf("worker %d did job %d", id, j)
		}
	}
}

func main() {
	var sb strings.Builder
	base := context.Background()
	ctx := WithRequestID(base, "req-001")
	_ = handle(ctx, &sb, "list")
	ctx = context.WithValue(ctx, userKey, &User{ID: 7, Roles: []string{"admin", "ops"}})
	_ = handle(ctx, &sb, "deploy")
	child := WithRequestID(ctx, "req-001/sub")
	_ = handle(child, &sb, "rollback")
	fmt.Print(sb.String())
	fmt.Println("base has id:", RequestID(base), "| string key lookup:", ctx.Value("requestID"))

	ctx2, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	results := make(chan string)
	go worker(ctx2, 1, jobs, results)
	for j := range 3 {
		jobs <- j
		fmt.Println(<-results)
	}
	cancel()
	fmt.Println(<-results)
	fmt.Println("err after cancel:", ctx2.Err(), errors.Is(ctx2.Err(), context.Canceled))

	parent, cancelParent := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	stopped := make([]string, 3)
	for i := range 3 {
		c, cancelChild := context.WithCancel(parent)
		defer cancelChild()
		wg.Go(func() {
			<-c.Done()
			stopped[i] = fmt.Sprintf("child %d: %v", i, c.Err())
		})
	}
	cancelParent()
	wg.Wait()
	for _, s := range stopped {
		fmt.Println(s)
	}
	cause, cancelCause := context.WithCancelCause(context.Background())
	cancelCause(errors.New("shutdown requested"))
	fmt.Println(cause.Err(), "|", context.Cause(cause))
}
