package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, string) {
	select {
	case v, ok := <-ch:
		if !ok {
			return 0, "closed"
		}
		return v, "got"
	default:
		return 0, "empty"
	}
}

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	for i := range 5 {
		fmt.Print(trySend(ch, i*10), " ")
	}
	fmt.Println()
	fmt.Println(len(ch), cap(ch))
	v, s := tryRecv(ch)
	fmt.Println(v, s, len(ch))
	close(ch)
	for range 4 {
		v, s := tryRecv(ch)
		fmt.Print(v, ":", s, " ")
	}
	fmt.Println()

	// receive from closed channel yields zero value
	done := make(chan struct{})
	close(done)
	_, ok := <-done
	fmt.Println("done open?", ok)

	// nil channel in select is never ready
	var nilCh chan int
	select {
	case <-nilCh:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel blocks")
	}

	// unbuffered ping-pong
	ping, pong := make(chan string), make(chan string)
	go func() {
		for msg := range ping {
			pong <- msg + "!"
		}
		close(pong)
	}()
	for _, w := range []string{"a", "b", "c"} {
		ping <- w
		fmt.Print(<-pong, " ")
	}
	close(ping)
	_, more := <-pong
	fmt.Println(more)

	// send panics on closed channel
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := make(chan int, 1)
		close(c)
		c <- 1
	}()

	buf := make(chan string, 4)
	buf <- "x"
	buf <- "y"
	close(buf)
	for item := range buf {
		fmt.Print(item)
	}
	fmt.Println()

	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := range 4 {
			data <- i
		}
		quit <- true
	}()
	total := 0
	for running := true; running; {
		select {
		case d := <-data:
			total += d
		case <-quit:
			running = false
		}
	}
	fmt.Println("total", total)
}
