package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"time"
)

// Domain events delivered over a webhook, decoded into distinct Go types.
type UserSignedUp struct {
	ID    int
	Email string
}

type PaymentReceived struct {
	InvoiceID string
	Cents     int64
}

type PaymentFailed struct {
	InvoiceID string
	Reason    error
}

type Heartbeat time.Duration

type Batch []any

func describe(ev any, depth int) string {
	indent := fmt.Sprintf("%*s", depth*2, "")
	switch e := ev.(type) {
	case nil:
		return indent + "nil event (ignored)"
	case UserSignedUp:
		return fmt.Sprintf("%swelcome user #%d <%s>", indent, e.ID, e.Email)
	case *UserSignedUp:
		if e == nil {
			return indent + "nil *UserSignedUp"
		}
		return describe(*e, depth) + " (via pointer)"
	case PaymentReceived:
		return fmt.Sprintf("%sinvoice %s paid $%d.%02d", indent, e.InvoiceID, e.Cents/100, e.Cents%100)
	case PaymentFailed:
		var pe *fs.PathError
		switch {
		case errors.As(e.Reason, &pe):
			return fmt.Sprintf("%sinvoice %s failed: io problem on %s", indent, e.InvoiceID, pe.Path)
		case errors.Is(e.Reason, errCardDeclined):
			return fmt.Sprintf("%sinvoice %s failed: card declined -> notify customer", indent, e.InvoiceID)
		default:
			return fmt.Sprintf("%sinvoice %s failed: %v", indent, e.InvoiceID, e.Reason)
		}
	case Heartbeat:
		return fmt.Sprintf("%sheartbeat every %v", indent, time.Duration(e))
	case Batch:
		s := fmt.Sprintf("%sbatch of %d:", indent, len(e))
		for _, inner := range e {
			s += "\n" + describe(inner, depth+1)
		}
		return s
	case fmt.Stringer:
		return indent + "stringer: " + e.String()
	case int, int64:
		return fmt.Sprintf("%slegacy numeric code %v (%T)", indent, e, e)
	case string:
		if n, err := strconv.Atoi(e); err == nil {
			return describe(n, depth)
		}
		return fmt.Sprintf("%sraw message %q", indent, e)
	case error:
		return indent + "error event: " + e.Error()
	default:
		return fmt.Sprintf("%sunhandled %T", indent, e)
	}
}

var errCardDeclined = errors.New("card declined")

type region string

func (r region) String() string { return "region=" + string(r) }

func main() {
	var nilSignup *UserSignedUp
	events := []any{
		UserSignedUp{1, "a@example.com"},
		&UserSignedUp{2, "b@example.com"},
		nilSignup,
		PaymentReceived{"INV-9", 123456},
		PaymentFailed{"INV-10", fmt.Errorf("charge: %w", errCardDeclined)},
		PaymentFailed{"INV-11", &fs.PathError{Op: "open", Path: "/var/receipts/11.pdf", Err: fs.ErrNotExist}},
		PaymentFailed{"INV-12", errors.New("timeout")},
		Heartbeat(30 * time.Second),
		Batch{int64(7), "404", "hello", region("eu-west")},
		nil,
		errors.New("upstream reset"),
		3.14,
		map[string]int{"x": 1},
	}
	for i, ev := range events {
		fmt.Printf("%02d %s\n", i, describe(ev, 0))
	}
}
