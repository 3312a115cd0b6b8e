// Command j02 explores defer: LIFO order, argument evaluation time,
// per-iteration loop variables, and named results modified by defer.
package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	name string
	log  *[]string
}

func Open(name string, log *[]string) *Resource {
	*log = append(*log, "open "+name)
	return &Resource{name: name, log: log}
}

func (r *Resource) Close() {
	*r.log = append(*r.log, "close "+r.name)
}

// processAll opens several resources; defers close them in reverse order.
func processAll(names []string) []string {
	var log []string
	for _, n := range names {
		r := Open(n, &log)
		defer r.Close()
	}
	log = append(log, "work")
	return log // defers run after the return value is evaluated
}

// processAllLogged returns the log through a pointer so the defers are visible.
func processAllLogged(names []string, log *[]string) {
	for _, n := range names {
		r := Open(n, log)
		defer r.Close()
	}
	*log = append(*log, "work")
}

func argsEvaluatedEarly() (out []int) {
	x := 1
	defer func(v int) { out = append(out, v) }(x) // v captured now: 1
	defer func() { out = append(out, x) }()       // x read at exit: 3
	x = 3
	return []int{0}
}

var ErrRollback = errors.New("rolled back")

type Tx struct {
	steps []string
}

// transfer uses a named error result; the deferred func decides commit/rollback.
func transfer(tx *Tx, amount int) (err error) {
	tx.steps = append(tx.steps, "begin")
	defer func() {
		if err != nil {
			tx.steps = append(tx.steps, "rollback")
			err = fmt.Errorf("transfer %d: %w", amount, ErrRollback)
			return
		}
		tx.steps = append(tx.steps, "commit")
	}()
	if amount <= 0 {
		return errors.New("bad amount")
	}
	tx.steps = append(tx.steps, fmt.Sprintf("debit %d", amount))
	tx.steps = append(tx.steps, fmt.Sprintf("credit %d", amount))
	return nil
}

func loopDefers() (order []int) {
	func() {
		for i := range 4 {
			defer func() { order = append(order, i) }() // each i is a new variable
		}
	}()
	return order
}

func main() {
	fmt.Println("returned log:", processAll([]string{"a", "b", "c"}))

	var full []string
	processAllLogged([]string{"db", "cache", "file"}, &full)
	fmt.Println("full log:    ", full)

	fmt.Println("arg timing:  ", argsEvaluatedEarly())
	fmt.Println("loop defers: ", loopDefers())

	for _, amt := range []int{50, -5} {
		tx := &Tx{}
		err := transfer(tx, amt)
		fmt.Printf("amount=%d steps=%v err=%v rollback=%t\n",
			amt, tx.steps, err, errors.Is(err, ErrRollback))
	}

	counter := 0
	func() {
		defer func() { counter *= 10 }()
		defer func() { counter += 2 }()
		counter = 1
	}()
	fmt.Println("counter after (1+2)*10:", counter)
}
