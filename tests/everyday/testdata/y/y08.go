package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func producer(ctx context.Context, out chan<- int) error {
	defer close(out)
	for i := 1; ; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case out <- i:
		}
	}
}

func slowOp(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "finished", nil
	case <-ctx.Done():
		return "", fmt.Errorf("slowOp: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan int)
	errc := make(chan error, 1)
	go func() { errc <- producer(ctx, ch) }()

	sum := 0
	for v := range ch {
		sum += v
		if v == 10 {
			cancel()
			break
		}
	}
	// drain any value that may have been sent between cancel and close
	for range ch {
	}
	err := <-errc
	fmt.Println("sum:", sum, "producer err:", err, errors.Is(err, context.Canceled))

	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	res, err := slowOp(tctx, 2*time.Second)
	fmt.Printf("res=%q err=%v deadline=%t\n", res, err, errors.Is(err, context.DeadlineExceeded))

	res, err = slowOp(context.Background(), 5*time.Millisecond)
	fmt.Printf("res=%q err=%v\n", res, err)

	// select with default and timeouts
	done := make(chan struct{})
	msgs := make(chan string, 3)
	go func() {
		for _, m := range []string{"alpha", "beta", "gamma"} {
			msgs <- m
		}
		close(done)
	}()
	<-done
	received := 0
loop:
	for {
		select {
		case m := <-msgs:
			received++
			fmt.Println("got", m)
		default:
			break loop
		}
	}
	fmt.Println("received", received)

	select {
	case v := <-make(chan int):
		fmt.Println("impossible", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out waiting")
	}

	vctx := context.WithValue(context.Background(), ctxKey("user"), "gopher")
	if u, ok := vctx.Value(ctxKey("user")).(string); ok {
		fmt.Println("user from ctx:", u)
	}
	fmt.Println("missing key:", vctx.Value(ctxKey("other")))

	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutdown requested"))
	<-cctx.Done()
	fmt.Println(cctx.Err(), "|", context.Cause(cctx))
}

type ctxKey string
