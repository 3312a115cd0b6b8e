package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

// PanicError is what a recovered panic turns into at the job boundary.
type PanicError struct {
	Job   string
	Value any
}

func (e *PanicError) Error() string { return fmt.Sprintf("job %s panicked: %v", e.Job, e.Value) }

func (e *PanicError) Unwrap() error {
	if err, ok := e.Value.(error); ok {
		return err
	}
	return nil
}

type Job struct {
	Name string
	Run  func(log func(string)) error
}

type Runner struct {
	logs []string
}

func (r *Runner) log(job string) func(string) {
	return func(msg string) { r.logs = append(r.logs, job+": "+msg) }
}

// safeRun is the error boundary: panics become errors, cleanups always run.
func (r *Runner) safeRun(j Job) (err error) {
	log := r.log(j.Name)
	log("start")
	defer log("cleanup done")
	defer func() {
		if v := recover(); v != nil {
			err = &PanicError{Job: j.Name, Value: v}
			log("recovered")
		}
	}()
	return j.Run(log)
}

var ErrSkipped = errors.New("skipped")

func parseAll(inputs []string) (sum int) {
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		if err != nil {
			panic(fmt.Errorf("parse %q: %w", s, err))
		}
		sum += n
	}
	return sum
}

func main() {
	var results []int
	jobs := []Job{
		{"sum-ok", func(log func(string)) error {
			results = append(results, parseAll([]string{"1", "2", "39"}))
			log("sum computed")
			return nil
		}},
		{"sum-bad", func(log func(string)) error {
			results = append(results, parseAll([]string{"1", "two", "3"}))
			return nil
		}},
		{"index", func(log func(string)) error {
			data := []int{10, 20, 30}
			idx := len(data) + 2
			log("reading index " + strconv.Itoa(idx))
			_ = data[idx]
			return nil
		}},
		{"nil-map", func(log func(string)) error {
			var cache map[string]int
			cache["k"] = 1
			return nil
		}},
		{"plain-error", func(log func(string)) error {
			return fmt.Errorf("upstream unavailable: %w", ErrSkipped)
		}},
		{"custom-panic", func(log func(string)) error {
			defer log("inner defer runs before recovery")
			panic("invariant violated: balance < 0")
		}},
		{"div", func(log func(string)) error {
			a, b := 10, 0
			for i := 0; i < 3; i++ {
				b = b * i
			}
			log(fmt.Sprint(a / b))
			return nil
		}},
	}

	r := &Runner{}
	var failed []string
	for _, j := range jobs {
		err := r.safeRun(j)
		var pe *PanicError
		var re runtime.Error
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%-13s OK\n", j.Name)
		case errors.As(err, &ne):
			fmt.Printf("%-13s PANIC(parse) func=%s input=%q\n", j.Name, ne.Func, ne.Num)
		case errors.As(err, &pe) && errors.As(err, &re):
			fmt.Printf("%-13s PANIC(runtime) %v\n", j.Name, re)
		case errors.As(err, &pe):
			fmt.Printf("%-13s PANIC(value %T) %v\n", j.Name, pe.Value, pe.Value)
		case errors.Is(err, ErrSkipped):
			fmt.Printf("%-13s SKIPPED %v\n", j.Name, err)
		default:
			fmt.Printf("%-13s ERROR %v\n", j.Name, err)
		}
		if err != nil {
			failed = append(failed, j.Name)
		}
	}

	fmt.Println("\nresults:", results)
	fmt.Println("failed:", strings.Join(failed, ", "))
	fmt.Println("\nrunner log:")
	for _, l := range r.logs {
		fmt.Println("  " + l)
	}
}
