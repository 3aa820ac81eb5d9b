# frozen_string_literal: true

module Revox
  # A Net::HTTP connection whose every socket read waits only for what is
  # left of the attempt's deadline. net/http reads the status line and the
  # headers in a loop the gem cannot step into, each read waiting
  # `read_timeout` afresh: a server sending its head a byte at a time held
  # an attempt with `timeout: 0.5` for 5 s. Bounding each read by the
  # deadline covers the head and the body alike.
  class Connection < Net::HTTP
    # The monotonic clock reading by which the current attempt must end.
    attr_accessor :deadline

    # The reads of net/http's socket wrapper, each bounded by its connection's deadline.
    module DeadlineReads
      attr_accessor :connection

      private

      def rbuf_fill
        deadline = connection&.deadline
        if deadline
          left = deadline - Process.clock_gettime(Process::CLOCK_MONOTONIC)
          raise Net::ReadTimeout if left <= 0

          @read_timeout = left
        end
        super
      end
    end

    private

    # net/http opens a new socket here, also when it reopens a kept-alive
    # connection the server closed.
    def connect
      super
      @socket.extend(DeadlineReads)
      @socket.connection = self
    end
  end
end
